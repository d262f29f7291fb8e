import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Screenshots of this run only: clear the ones a previous run left behind. */
export default function globalSetup(): void {
  rmSync(join(fileURLToPath(import.meta.url), '../../../test-results/screenshots'), { recursive: true, force: true });
}
