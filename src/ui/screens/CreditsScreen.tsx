import { DeskHeader } from '../components/DeskHeader.tsx';
import { useServices } from '../context.ts';

const CREDITS = ['map', 'borders', 'icons', 'fonts', 'sounds', 'engine', 'sources'] as const;

/** Who made what the game is built from, and under which licence. */
export function CreditsScreen() {
  const { t } = useServices();
  return (
    <main class="desk credits-screen" id="main" tabIndex={-1}>
      <DeskHeader back={{ screen: 'title' }} backLabel={t('levels.back')} icon="reference" title={t('credits.heading')} />
      <div class="paper-sheet">
        <dl class="credits-list">
          {CREDITS.map((key) => (
            <div key={key}>
              <dt>{t(`credits.${key}.what`)}</dt>
              <dd>{t(`credits.${key}.who`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </main>
  );
}
