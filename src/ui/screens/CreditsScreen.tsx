import { routeHash } from '../../core/route.ts';
import { Icon } from '../components/Icon.tsx';
import { useServices } from '../context.ts';

const CREDITS = ['map', 'borders', 'icons', 'fonts', 'engine', 'sources'] as const;

/** Who made what the game is built from, and under which licence. */
export function CreditsScreen() {
  const { t } = useServices();
  return (
    <main class="desk credits-screen" id="main" tabIndex={-1}>
      <header class="desk-header">
        <a class="back-link" href={routeHash({ screen: 'title' })}>
          <span aria-hidden="true">←</span> {t('levels.back')}
        </a>
        <h1 tabIndex={-1}>
          <Icon name="reference" size={32} /> {t('credits.heading')}
        </h1>
      </header>
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
