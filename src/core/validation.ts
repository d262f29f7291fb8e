/**
 * The one schema library of the project (zod/mini, small enough for the menu's
 * bundle), configured once with English messages: without a locale, zod/mini
 * reports every problem as "Invalid input".
 */
import * as z from 'zod/mini';

z.config(z.locales.en());
// No compiled validators: they need eval, which the page's Content-Security-Policy forbids (probing for it
// would log a violation on every page).
z.config({ jitless: true });

export { z };

/** "$.steps[2].answer" from a zod issue path. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}
