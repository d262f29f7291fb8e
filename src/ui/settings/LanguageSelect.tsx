import { useBase } from '../context.ts';
import { AVAILABLE_LOCALES, languageName } from '../i18n.ts';

/** The language menu: each language under its own name, marked up in that language for screen readers. */
export function LanguageSelect({ id }: { readonly id: string }) {
  const { t, language, onLanguage } = useBase();
  return (
    <label class="setting-inline language-select" for={id}>
      {t('settings.language')}{' '}
      <select id={id} value={language} onChange={(e) => onLanguage((e.currentTarget as HTMLSelectElement).value)}>
        {/* A pseudo-locale (reached by link) is listed while in use, so the menu shows what is on screen. */}
        {(AVAILABLE_LOCALES.includes(language) ? AVAILABLE_LOCALES : [...AVAILABLE_LOCALES, language]).map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageName(locale)}
          </option>
        ))}
      </select>
    </label>
  );
}
