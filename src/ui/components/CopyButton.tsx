import { useState } from 'preact/hooks';
import { useBase } from '../context.ts';

/** Copies text to the clipboard and says so (aloud too); where the browser refuses, it says that instead. */
export function CopyButton({ text, label }: { readonly text: string; readonly label: string }) {
  const { t, announce } = useBase();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    // The clipboard exists only on secure pages (https, localhost).
    (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard'))).then(
      () => {
        setState('copied');
        announce(t('copy.done'));
      },
      () => {
        setState('failed');
        announce(t('copy.failed'));
      },
    );
  };
  return (
    <span class="copy-button">
      <button type="button" class="button" onClick={copy}>
        {label}
      </button>
      <span class="copy-state" aria-hidden="true">
        {state === 'idle' ? '' : t(state === 'copied' ? 'copy.done' : 'copy.failed')}
      </span>
    </span>
  );
}
