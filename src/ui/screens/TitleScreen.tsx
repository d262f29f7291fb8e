import { routeHash } from '../../core/route.ts';
import { Icon } from '../components/Icon.tsx';
import { useBase } from '../context.ts';
import { LanguageSelect } from '../settings/LanguageSelect.tsx';
import { SettingsButton } from '../settings/SettingsDialog.tsx';

/** The cover of the case file. Needs only UI strings, so it shows before any content has loaded. */
export function TitleScreen() {
  const { t } = useBase();
  return (
    <main class="desk title-screen" id="main" tabIndex={-1}>
      <div class="top-bar">
        <LanguageSelect id="title-language" />
        <SettingsButton />
      </div>
      <div class="cover">
        <p class="cover-stamp" aria-hidden="true">
          {t('title.stamp')}
        </p>
        <Icon name="detective" size={72} class="cover-icon" />
        <p class="kicker">{t('title.kicker')}</p>
        <h1 class="cover-title" tabIndex={-1}>
          {t('app.name')}
        </h1>
        <p class="cover-lead">{t('title.lead')}</p>
        <ul class="cover-points">
          <li>
            <Icon name="map" size={22} /> {t('title.point.trace')}
          </li>
          <li>
            <Icon name="evidence" size={22} /> {t('title.point.evidence')}
          </li>
          <li>
            <Icon name="hint" size={22} /> {t('title.point.quiz')}
          </li>
        </ul>
        <a class="button primary large" href={routeHash({ screen: 'levels' })}>
          {t('title.start')}
        </a>
        <p class="fineprint">{t('title.fineprint')}</p>
        <p class="fineprint">
          <a href={routeHash({ screen: 'credits' })}>{t('title.credits')}</a>
          {' · '}
          <a href={routeHash({ screen: 'teacher', tab: 'create' })}>{t('title.teachers')}</a>
        </p>
      </div>
    </main>
  );
}
