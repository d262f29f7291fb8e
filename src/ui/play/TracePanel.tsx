import { UNKNOWN_STOP, type Level } from '../../core/content/schema.ts';
import type { PlayState } from '../../core/flow.ts';
import { choicesFor, currentStep, isTraceDone, type Leg } from '../../core/trace.ts';
import { Icon } from '../components/Icon.tsx';
import { useServices } from '../context.ts';
import { MODE_ICONS } from '../icons.ts';
import { useFocusOn } from '../useFocus.ts';
import { EvidenceBoard, EvidenceList } from './EvidenceBoard.tsx';
import { useLevelText } from './levelText.ts';

/** What the trace panel shows between the core's state changes. */
export type TraceView =
  | { readonly kind: 'choosing'; readonly wrongPick?: string }
  | { readonly kind: 'travelling'; readonly leg: Leg; readonly newEvidence: readonly string[] }
  | { readonly kind: 'arrived'; readonly leg: Leg; readonly newEvidence: readonly string[] };

interface TracePanelProps {
  readonly level: Level;
  readonly play: PlayState;
  readonly view: TraceView;
  readonly onPick: (place: string) => void;
  readonly onContinue: () => void;
  readonly onEndTrace: () => void;
}

export function TracePanel({ level, play, view, onPick, onContinue, onEndTrace }: TracePanelProps) {
  const { t } = useServices();
  const tl = useLevelText(level.id);
  const headingRef = useFocusOn<HTMLHeadingElement>(`${view.kind}:${play.trace.stepIndex}`, 'top');
  const placeName = (id: string) => tl(`places.${id}.name`);
  const fresh = view.kind === 'arrived' ? view.newEvidence : [];
  const older = play.trace.evidence.filter((id) => !fresh.includes(id));

  if (view.kind === 'travelling') {
    const { leg } = view;
    return (
      <section class="panel-section trace" aria-labelledby="trace-heading" data-view="travelling">
        <h2 id="trace-heading" tabIndex={-1} ref={headingRef} class="travelling">
          <Icon name={MODE_ICONS[leg.mode]} size={28} />{' '}
          {leg.to ? t('trace.travelling', { from: placeName(leg.from), to: placeName(leg.to) }) : t('trace.travellingUnknown', { from: placeName(leg.from) })}
        </h2>
        <EvidenceBoard level={level} ids={older} />
      </section>
    );
  }

  if (view.kind === 'arrived') {
    const done = isTraceDone(level, play.trace);
    return (
      <section class="panel-section trace" aria-labelledby="trace-heading" data-view={view.leg.to ? 'arrived' : 'trail-ends'}>
        <h2 id="trace-heading" tabIndex={-1} ref={headingRef}>
          {view.leg.to ? t('trace.arrived', { place: placeName(view.leg.to) }) : t('trace.trailEnds')}
        </h2>
        {view.leg.certainty !== 'reported' ? <p class="leg-note">{t(`trace.certainty.${view.leg.certainty}`)}</p> : null}
        {fresh.length > 0 ? (
          <>
            <h3 class="section-label">{t('evidence.new', { count: fresh.length })}</h3>
            <EvidenceList level={level} ids={fresh} fresh={fresh} />
          </>
        ) : null}
        <div class="actions">
          {done ? (
            <button type="button" class="button primary" onClick={onEndTrace}>
              {t(level.manifest ? 'trace.toManifest' : 'trace.toQuiz')}
            </button>
          ) : (
            <button type="button" class="button primary" onClick={onContinue}>
              {t('trace.nextStop')}
            </button>
          )}
        </div>
        <EvidenceBoard level={level} ids={older} />
      </section>
    );
  }

  const step = currentStep(level, play.trace);
  if (!step) return null;
  const tried = play.trace.wrongPicks[step.id] ?? [];
  const hintId = 'trace-hint';
  return (
    <section class="panel-section trace" aria-labelledby="trace-heading" data-view="choosing">
      <p class="kicker">{t('trace.stop', { number: play.trace.stepIndex + 1, total: level.steps.length })}</p>
      <h2 id="trace-heading" tabIndex={-1} ref={headingRef}>
        {t('trace.whereNext')}
      </h2>
      <p class="position">
        <Icon name="pin" size={20} /> {t('trace.position', { place: placeName(play.trace.position) })}
      </p>
      <p class="prompt">{tl(`steps.${step.id}.prompt`)}</p>
      <ul class="stops" aria-label={t('trace.choices')}>
        {choicesFor(step).map((choice) => {
          const wasTried = tried.includes(choice);
          const isUnknown = choice === UNKNOWN_STOP;
          return (
            <li key={choice}>
              <button
                type="button"
                class={`stop${wasTried ? ' tried' : ''}${isUnknown ? ' unknown' : ''}`}
                data-place={choice}
                aria-describedby={view.wrongPick === choice ? hintId : undefined}
                onClick={() => onPick(choice)}
              >
                {isUnknown ? <Icon name="unknown" size={22} /> : <Icon name="pin" size={22} />}
                <span class="stop-text">
                  <span class="stop-name">{isUnknown ? t('trace.unknownStop') : placeName(choice)}</span>
                  <span class="stop-detail">{isUnknown ? t('trace.unknownStopDetail') : tl(`places.${choice}.detail`)}</span>
                </span>
                {wasTried ? (
                  <span class="stop-tried">
                    <Icon name="wrong" size={16} /> {t('trace.notThisOne')}
                  </span>
                ) : null}
              </button>
              {view.wrongPick === choice ? (
                <div class="hint" id={hintId}>
                  <Icon name="hint" size={22} />
                  <p>
                    <strong>{t('trace.hint')}</strong> {tl(`steps.${step.id}.hints.${choice}`)}
                  </p>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <EvidenceBoard level={level} ids={older} />
    </section>
  );
}
