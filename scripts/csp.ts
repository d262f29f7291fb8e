/**
 * The Content-Security-Policy of the built page, as a <meta> tag: everything from the site itself, no
 * inline scripts, no eval. Network requests may also go to https: addresses, which the game makes only
 * to a learning record store a teacher or a cmi5 launch named. (A <meta> policy cannot say
 * frame-ancestors: an LMS must be able to frame the game anyway.) Only in builds: the dev server's
 * hot reload needs more.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}
