import { reducesMotion, type Settings } from '../../core/settings.ts';

export const systemPrefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Puts the visual settings on the document, where the style sheet picks them up. */
export function applyTheme(settings: Settings): void {
  const root = document.documentElement;
  root.dataset['contrast'] = settings.contrast;
  root.dataset['font'] = settings.font;
  root.dataset['motion'] = reducesMotion(settings, systemPrefersReducedMotion()) ? 'reduced' : 'full';
  // Everything is sized in rem, so one root size scales all text, up to 200%.
  root.style.fontSize = `${settings.textSize}%`;
}
