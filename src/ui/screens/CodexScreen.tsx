/**
 * The sanctions codex: what each UN resolution on North Korea bans, in plain
 * words, with the paragraph where it says so when that has been checked.
 */
import { useLayoutEffect } from 'preact/hooks';
import { DeskHeader } from '../components/DeskHeader.tsx';
import { Notice } from '../components/Notice.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { useServices } from '../context.ts';
import { formatDate } from '../format.ts';


export function CodexScreen({ entry }: { readonly entry?: string }) {
  const { t, i18n, catalog, locale } = useServices();
  const ct = i18n.getFixedT(i18n.language, 'codex');

  // Opened at one entry: bring it into view and give it focus.
  useLayoutEffect(() => {
    if (!entry) return;
    const heading = document.getElementById(`codex-${entry}`);
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }, [entry]);

  return (
    <main class="desk codex-screen" id="main" tabIndex={-1}>
      <DeskHeader back={{ screen: 'levels' }} backLabel={t('levels.heading')} icon="reference" title={t('codex.heading')}>
        <p class="desk-intro">{ct('intro')}</p>
      </DeskHeader>
      <div class="codex-body">
        <Notice tone="info" title={ct('caveat')} />
        {catalog.codex.map((e) => (
          <article key={e.id} class={e.id === entry ? 'codex-entry current' : 'codex-entry'} aria-labelledby={`codex-${e.id}`}>
            <h2 id={`codex-${e.id}`} tabIndex={-1}>
              {ct(`entries.${e.id}.title`)}
            </h2>
            <p class="codex-date">{t('codex.adopted', { date: formatDate(e.adopted, locale) })}</p>
            <p>{ct(`entries.${e.id}.summary`)}</p>
            <ul class="codex-provisions">
              {e.provisions.map((p) => (
                <li key={p.id}>
                  {ct(`entries.${e.id}.provisions.${p.id}`)}{' '}
                  <span class="codex-paragraph">
                    ({p.paragraph === null ? t('codex.notChecked') : p.paragraph.startsWith('OP') ? t('codex.paragraph', { ref: p.paragraph.slice(2) }) : t('codex.annex', { ref: p.paragraph.replace(/^Annex /, '') })})
                  </span>
                </li>
              ))}
            </ul>
            <SourceList ids={e.sources} />
          </article>
        ))}
      </div>
    </main>
  );
}
