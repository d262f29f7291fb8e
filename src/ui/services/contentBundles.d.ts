/** Made by scripts/content-bundles.ts: each content bundle's URL, by name ("cases" for the case list's index, "base", or a locale). */
declare module 'virtual:content-bundles' {
  const urls: Readonly<Record<string, string>>;
  export default urls;
}
