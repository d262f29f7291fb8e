/**
 * Serves a built site as a static host would — gzip on, long-lived caching for hashed files —
 * on a free local port. Used by the benchmark and by the offline browser test, which stops it
 * to take the network away for real.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticSite {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startStaticServer(dir: string): Promise<StaticSite> {
  const gzip = compression();
  // Hashed files (assets/) never change; the page, the service worker and the manifest must revalidate.
  const files = sirv(dir, { etag: true, setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache') });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    gzip(req as never, res as never, () => files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
