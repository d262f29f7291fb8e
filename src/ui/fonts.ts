/**
 * Hangul and Arabic faces: their @font-face rules (hundreds of Unicode-range pieces) are loaded only
 * for a language written in that script, so the first screen of every other language stays light.
 * Chosen by script, not by language code, so that a new locale folder (say Persian) needs no change.
 */
const SCRIPT_FONTS: Readonly<Record<string, () => Promise<unknown>>> = {
  Kore: () =>
    Promise.all([
      import('@fontsource/ibm-plex-sans-kr/400.css'),
      import('@fontsource/ibm-plex-sans-kr/600.css'),
      import('@fontsource/ibm-plex-sans-kr/700.css'),
    ]),
  Arab: () =>
    Promise.all([
      import('@fontsource/ibm-plex-sans-arabic/400.css'),
      import('@fontsource/ibm-plex-sans-arabic/600.css'),
      import('@fontsource/ibm-plex-sans-arabic/700.css'),
    ]),
};

export async function loadScriptFonts(locale: string): Promise<void> {
  const script = new Intl.Locale(locale).maximize().script;
  await (script ? SCRIPT_FONTS[script]?.() : undefined);
}
