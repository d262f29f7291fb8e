import { useState } from 'preact/hooks';
import type { Level, Manifest } from '../../core/content/schema.ts';
import type { PlayAction, PlayState } from '../../core/flow.ts';
import { manifestChoices, type ManifestAnswer, type ManifestLine } from '../../core/manifest.ts';
import { Icon } from '../components/Icon.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { useServices } from '../context.ts';
import { useFocusOn } from '../useFocus.ts';
import { Verdict } from './Feedback.tsx';
import { useLevelText } from './levelText.ts';

const LINE_ICONS: Readonly<Record<ManifestLine, string>> = {
  right: 'right',
  'rightly-left-out': 'right',
  'wrong-quantity': 'partial',
  missed: 'wrong',
  'not-shipped': 'wrong',
};

/** After the trace: tick what the shipment carried and say how many, from the evidence. */
export function ManifestPanel({ level, manifest, play, dispatch }: { readonly level: Level; readonly manifest: Manifest; readonly play: PlayState; readonly dispatch: (action: PlayAction) => void }) {
  const { t, locale } = useServices();
  const tl = useLevelText(level.id);
  const [answer, setAnswer] = useState<ManifestAnswer>({});
  const result = play.manifest;
  const resultRef = useFocusOn<HTMLHeadingElement>(result !== null, 'nearest');
  const choices = manifestChoices(manifest, play.seed);
  const sources = [...new Set(manifest.items.flatMap((i) => i.sources))];

  const toggle = (id: string) => {
    const next = { ...answer };
    if (id in next) delete next[id];
    else next[id] = null;
    setAnswer(next);
  };
  const setQuantity = (id: string, raw: string) => {
    const value = raw.trim() === '' ? null : Number(raw);
    setAnswer({ ...answer, [id]: value !== null && Number.isFinite(value) ? value : null });
  };

  return (
    <section class="panel-section manifest" aria-labelledby="manifest-heading">
      <p class="kicker">
        <Icon name="case" size={18} /> {t('manifest.kicker')}
      </p>
      <h2 id="manifest-heading" tabIndex={-1}>
        {t('manifest.heading')}
      </h2>
      <p>{t('manifest.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          dispatch({ type: 'submit-manifest', answer });
        }}
      >
        <fieldset class="manifest-lines" aria-labelledby="manifest-heading" disabled={result !== null}>
          {choices.map((id) => {
            const ticked = id in (result?.answer ?? answer);
            const line = result?.lines[id];
            const quantityId = `manifest-${id}-quantity`;
            const expected = manifest.items.find((i) => i.id === id)?.quantity;
            return (
              <div key={id} class={`manifest-line${ticked ? ' ticked' : ''}${line ? ` line-${line}` : ''}`} data-item={id}>
                <label class="choice">
                  <input type="checkbox" checked={ticked} onChange={() => toggle(id)} />
                  <span class="choice-text">{tl(`manifest.${id}`)}</span>
                </label>
                {ticked ? (
                  <span class="manifest-quantity">
                    <label for={quantityId}>{t('manifest.howMany')}</label>
                    <input
                      id={quantityId}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      defaultValue={String((result?.answer ?? answer)[id] ?? '')}
                      onInput={(e) => setQuantity(id, (e.currentTarget as HTMLInputElement).value)}
                    />
                  </span>
                ) : null}
                {line ? (
                  <p class="manifest-verdict">
                    <Icon name={LINE_ICONS[line]} size={18} /> {t(`manifest.line.${line}`, { quantity: expected === undefined ? '' : new Intl.NumberFormat(locale).format(expected) })}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
        {result ? null : (
          <button type="submit" class="button primary">
            {t('manifest.check')}
          </button>
        )}
      </form>
      {result ? (
        <section class={`feedback feedback-${result.score.verdict}`} aria-labelledby="manifest-result">
          <h3 id="manifest-result" tabIndex={-1} ref={resultRef}>
            <Verdict verdict={result.score.verdict} points={result.score.points} max={result.score.max} />
          </h3>
          <SourceList ids={sources} />
          <button type="button" class="button primary" onClick={() => dispatch({ type: 'begin-quiz' })}>
            {t('manifest.toQuiz')}
          </button>
        </section>
      ) : null}
    </section>
  );
}
