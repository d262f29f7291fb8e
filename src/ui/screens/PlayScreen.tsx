import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Level } from '../../core/content/schema.ts';
import { cuesFor } from '../../core/cues.ts';
import { phasesOf, playReducer, startPlay, type PlayAction, type PlayState } from '../../core/flow.ts';
import type { Answer } from '../../core/quiz/answers.ts';
import { currentQuestion } from '../../core/quiz/session.ts';
import { routeHash } from '../../core/route.ts';
import { completedLegs, currentStep, type Leg } from '../../core/trace.ts';
import { Icon } from '../components/Icon.tsx';
import { useServices } from '../context.ts';
import type { MapScene } from '../mapView.ts';
import { Briefing } from '../play/Briefing.tsx';
import { EvidenceList } from '../play/EvidenceBoard.tsx';
import { HowWeKnowProvider } from '../play/HowWeKnow.tsx';
import { useLevelText } from '../play/levelText.ts';
import { ManifestPanel } from '../play/ManifestPanel.tsx';
import { QuizPanel } from '../play/QuizPanel.tsx';
import { ResultsPanel } from '../play/ResultsPanel.tsx';
import { TracePanel, type TraceView } from '../play/TracePanel.tsx';
import { useMapView, type MapStatus } from '../services/useMapView.ts';
import { languageName } from '../i18n.ts';
import { SettingsButton } from '../settings/SettingsDialog.tsx';
import { reveal } from '../useFocus.ts';
import { CaseTimer } from '../play/CaseTimer.tsx';
import type { CaseRecord } from '../../core/assignment/run.ts';

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;

/** A case played as part of a teacher's assignment: one attempt, the teacher's settings, then on to the next. */
export interface CaseInAssignment {
  readonly hints: boolean;
  /** When this case's time runs out (epoch ms, extra time included); untimed when absent. */
  readonly deadline?: number;
  readonly onFinished: (record: CaseRecord) => void;
  /** Where the debrief leads: the next case, or the report. */
  readonly next: { readonly label: string; readonly onNext: () => void };
  /** The header's way back: to the assignment's page, not the case files. */
  readonly back: { readonly href: string; readonly label: string };
}

/** After the trace, the map pane can show the evidence board instead, so it stays in view during the quiz. */
type PaneView = 'map' | 'evidence';

export function PlayScreen({ level, seed, assignment }: { readonly level: Level; readonly seed?: number; readonly assignment?: CaseInAssignment }) {
  const { t, announce, onLevelFinished, audio, language, untranslated } = useServices();
  const tl = useLevelText(level.id);
  const [play, setPlay] = useState<PlayState>(() => startPlay(level, seed ?? newSeed()));
  const playRef = useRef(play);
  const [traceView, setTraceView] = useState<TraceView>({ kind: 'choosing' });
  const [draft, setDraft] = useState<Answer | undefined>(undefined);
  const [pane, setPane] = useState<PaneView>('map');
  const panelRef = useRef<HTMLElement>(null);
  const placeName = (id: string) => tl(`places.${id}.name`);
  const question = play.phase === 'quiz' ? currentQuestion(level, play.quiz) : undefined;
  const mapPick = question?.type === 'map-pick' && !play.quiz.responses[question.id] ? question : undefined;

  const dispatch = (action: PlayAction) => {
    const before = playRef.current;
    const { state, outcome } = playReducer(level, before, action);
    playRef.current = state;
    setPlay(state);
    for (const cue of cuesFor(level, before, state, outcome)) audio.play(cue);
    if (outcome.kind === 'finished') {
      const answers = Object.fromEntries(Object.entries(state.quiz.responses).map(([id, r]) => [id, r.answer]));
      const manifest = action.type === 'time-up' && !before.manifest ? null : (state.manifest?.answer ?? null);
      onLevelFinished(level.id, { summary: outcome.summary, answers, hintsUsed: state.quiz.hints, manifest });
      assignment?.onFinished({ seed: state.seed, answers, hints: [...state.quiz.hints], manifest, timedOut: action.type === 'time-up' });
    }
    if (outcome.kind !== 'pick') return;
    const pick = outcome.pick;
    if (pick.kind === 'wrong') {
      setTraceView({ kind: 'choosing', wrongPick: pick.pick });
      announce(`${t('trace.hint')} ${tl(`steps.${pick.step.id}.hints.${pick.pick}`)}`);
    } else if (pick.kind === 'correct') {
      const leg = completedLegs(level, state.trace).at(-1) as Leg;
      setTraceView({ kind: 'travelling', leg, newEvidence: pick.newEvidence });
      announce(leg.to ? t('trace.travelling', { from: placeName(leg.from), to: placeName(leg.to) }) : t('trace.travellingUnknown', { from: placeName(leg.from) }));
    }
  };

  /** A click on the map: the next stop while tracing, the answer to a map question in the quiz. */
  const onMapPick = (place: string) => {
    if (playRef.current.phase === 'trace') dispatch({ type: 'pick', place });
    else if (mapPick) {
      setDraft({ type: 'map-pick', place });
      announce(t('quiz.mapPicked', { place: placeName(place) }));
    }
  };

  const scene = useMemo((): MapScene => {
    const step = currentStep(level, play.trace);
    const choosing = play.phase === 'trace' && traceView.kind === 'choosing' && step !== undefined;
    const legs = completedLegs(level, play.trace);
    const legEnds = legs.flatMap((l) => [l.from, l.to ?? l.from]);
    const base = {
      places: level.places.map((p) => ({ ...p, name: placeName(p.id), detail: tl(`places.${p.id}.detail`) })),
      position: play.trace.position,
      // While the cargo travels, the map draws the leg itself.
      legs: traceView.kind === 'travelling' ? legs.slice(0, -1) : legs,
      candidates: [] as readonly string[],
      tried: [] as readonly string[],
      chosen: null as string | null,
    };
    if (choosing) return { ...base, candidates: step.candidates, tried: play.trace.wrongPicks[step.id] ?? [], focus: [play.trace.position, ...step.candidates] };
    if (play.phase === 'trace' && traceView.kind !== 'choosing') return { ...base, focus: [traceView.leg.from, traceView.leg.to ?? traceView.leg.from] };
    if (play.phase === 'briefing') return { ...base, focus: level.places.map((p) => p.id) };
    if (question?.type === 'map-pick') {
      const answered = play.quiz.responses[question.id]?.answer;
      const chosen = answered?.type === 'map-pick' ? answered.place : draft?.type === 'map-pick' ? draft.place : null;
      return { ...base, candidates: mapPick ? question.options : [], chosen, focus: question.options };
    }
    return { ...base, focus: legEnds };
  }, [level, play, traceView, draft, language]);

  const onPickRef = useRef(onMapPick);
  onPickRef.current = onMapPick;
  const { containerRef, status: mapStatus, view: mapView } = useMapView(level.region, level.cargo, (place) => onPickRef.current(place), scene.places.map((p) => p.name));

  useEffect(() => {
    if (mapStatus === 'ready') mapView.current?.show(scene);
  }, [scene, mapStatus]);

  // The cargo moves once the map has been told where to look (the effect just above runs first).
  useEffect(() => {
    if (traceView.kind !== 'travelling') return;
    const { leg, newEvidence } = traceView;
    let current = true;
    void (async () => {
      await mapView.current?.travel(leg);
      if (!current) return;
      setTraceView({ kind: 'arrived', leg, newEvidence });
      if (newEvidence.length > 0) audio.play('evidence');
      announce(`${leg.to ? t('trace.arrived', { place: placeName(leg.to) }) : t('trace.trailEnds')} ${t('evidence.new', { count: newEvidence.length })}`);
    })();
    return () => {
      current = false;
    };
  }, [traceView]);

  // Each phase opens with its heading focused, so keyboard and screen-reader users start there.
  const firstPhase = useRef(true);
  useLayoutEffect(() => {
    if (firstPhase.current) {
      firstPhase.current = false;
      return;
    }
    const heading = panelRef.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.focus({ preventScroll: true });
    reveal(heading, 'top');
  }, [play.phase, play.seed]);

  const phases = phasesOf(level);
  const afterTrace = play.phase === 'manifest' || play.phase === 'quiz' || play.phase === 'results';
  const showBoard = afterTrace && pane === 'evidence';
  const legs = completedLegs(level, play.trace);
  const mapDescription = t('map.description', {
    place: placeName(play.trace.position),
    legs: legs.length === 0 ? t('map.noLegs') : legs.map((l) => t(`map.leg.${l.certainty}`, { from: placeName(l.from), to: l.to ? placeName(l.to) : '', mode: t(`mode.${l.mode}`) })).join('; '),
  });

  return (
    <HowWeKnowProvider level={level}>
      <div class="play">
        <header class="play-header">
          <a class="back-link" href={assignment?.back.href ?? routeHash({ screen: 'levels' })}>
            <span aria-hidden="true">←</span> {assignment?.back.label ?? t('play.back')}
          </a>
          <h1 class="play-title">
            <Icon name={level.cargo} size={26} /> {tl('title')}
          </h1>
          {assignment?.deadline !== undefined && play.phase !== 'results' ? <CaseTimer deadline={assignment.deadline} onTimeUp={() => dispatch({ type: 'time-up' })} /> : null}
          <SettingsButton />
          <ol class="phases" aria-label={t('play.phases')}>
            {phases.map((phase, i) => (
              <li key={phase} data-phase={phase} class={phase === play.phase ? 'current' : phases.indexOf(play.phase) > i ? 'done' : ''} aria-current={phase === play.phase ? 'step' : undefined}>
                <span class="phase-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="phase-name">{t(`phase.${phase}`)}</span>
              </li>
            ))}
          </ol>
        </header>
        <div class="play-body">
          <div class="map-pane" data-status={mapStatus} data-view={showBoard ? 'evidence' : 'map'}>
            {afterTrace ? (
              <div class="pane-switch" role="group" aria-label={t('play.paneSwitch')}>
                <button type="button" aria-pressed={!showBoard} onClick={() => setPane('map')}>
                  <Icon name="map" size={18} /> {t('play.showMap')}
                </button>
                <button type="button" aria-pressed={showBoard} onClick={() => setPane('evidence')}>
                  <Icon name="evidence" size={18} /> {t('evidence.board', { count: play.trace.evidence.length })}
                </button>
              </div>
            ) : null}
            <div class="map-view" role="img" aria-label={mapDescription} hidden={showBoard}>
              <div class="map-canvas" ref={containerRef} />
              <MapStatusNote status={mapStatus} />
              <p class="map-credit">{t('map.credit')}</p>
            </div>
            {showBoard ? (
              <section class="board-pane" aria-label={t('evidence.board', { count: play.trace.evidence.length })}>
                <EvidenceList level={level} ids={play.trace.evidence} />
              </section>
            ) : null}
          </div>
          <main class="case-panel" id="main" ref={panelRef} tabIndex={-1} aria-label={t('play.panel')}>
            {untranslated.has(level.id) ? (
              <p class="fallback-note" role="note">
                {t('notice.levelFallback', { language: languageName(language) })}
              </p>
            ) : null}
            {play.phase === 'briefing' ? <Briefing level={level} onStart={() => dispatch({ type: 'begin-trace' })} /> : null}
            {play.phase === 'trace' ? (
              <TracePanel
                level={level}
                play={play}
                view={traceView}
                onPick={(place) => dispatch({ type: 'pick', place })}
                onContinue={() => setTraceView({ kind: 'choosing' })}
                onEndTrace={() => dispatch({ type: 'end-trace' })}
              />
            ) : null}
            {play.phase === 'manifest' && level.manifest ? <ManifestPanel level={level} manifest={level.manifest} play={play} dispatch={dispatch} /> : null}
            {play.phase === 'quiz' ? <QuizPanel level={level} play={play} dispatch={dispatch} draft={draft} onDraft={setDraft} hintsAllowed={assignment?.hints ?? true} /> : null}
            {play.phase === 'results' ? (
              <ResultsPanel
                level={level}
                play={play}
                {...(assignment ? { next: assignment.next } : {})}
                onReplay={() => {
                  setTraceView({ kind: 'choosing' });
                  setDraft(undefined);
                  setPane('map');
                  dispatch({ type: 'replay', seed: newSeed() });
                }}
              />
            ) : null}
          </main>
        </div>
      </div>
    </HowWeKnowProvider>
  );
}

function MapStatusNote({ status }: { readonly status: MapStatus }) {
  const { t } = useServices();
  if (status === 'ready') return null;
  return <p class="map-status">{t(status === 'loading' ? 'map.loading' : 'map.failed')}</p>;
}
