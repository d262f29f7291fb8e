import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary, useState } from 'preact/hooks';
import { useBase } from '../context.ts';
import { CopyButton } from './CopyButton.tsx';

/** The address without secrets a link may carry (an LRS key), for the details a player copies. */
const safeAddress = () => `${location.origin}${location.pathname}${location.hash.replace(/(lrsauth=)[^&]*/g, '$1…')}`;

function details(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  return [text.trim(), `Page: ${safeAddress()}`, `Browser: ${navigator.userAgent}`, `Time: ${new Date().toISOString()}`].join('\n');
}

function ErrorPanel({ error, onClose }: { readonly error: unknown; readonly onClose?: () => void }) {
  const { t } = useBase();
  const text = details(error);
  return (
    <section class={`crash ${onClose ? 'crash-notice' : 'crash-screen'}`} role="alert" aria-labelledby="crash-heading">
      <h2 id="crash-heading">{t('crash.heading')}</h2>
      <p>{t('crash.body')}</p>
      <details>
        <summary>{t('crash.details')}</summary>
        <pre class="crash-details" data-testid="crash-details">
          {text}
        </pre>
      </details>
      <div class="actions">
        <button type="button" class="button primary" onClick={() => location.reload()}>
          {t('crash.reload')}
        </button>
        <CopyButton text={text} label={t('crash.copy')} />
        {onClose ? (
          <button type="button" class="button" onClick={onClose}>
            {t('crash.close')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/**
 * The last guard: a screen that fails to render is replaced by a message with copyable details, and an
 * error escaping anywhere else is shown over the game, which goes on. Progress is saved as each case
 * ends, so a reload loses at most the case in progress.
 */
export function CrashGuard({ children }: { readonly children: ComponentChildren }) {
  const [rendering] = useErrorBoundary((error: unknown) => console.error('A screen failed to render', error));
  const [escaped, setEscaped] = useState<unknown>(null);
  useEffect(() => {
    const onError = (event: ErrorEvent) => setEscaped(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => setEscaped(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
  if (rendering) return <main class="desk" id="main" tabIndex={-1}><ErrorPanel error={rendering} /></main>;
  return (
    <>
      {children}
      {escaped === null ? null : <ErrorPanel error={escaped} onClose={() => setEscaped(null)} />}
    </>
  );
}
