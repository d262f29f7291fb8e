import { useEffect, useState } from 'preact/hooks';
import { useBase } from '../context.ts';
import { Icon } from './Icon.tsx';

/** The browser's voice for a language, if it has one (voices arrive asynchronously in some browsers). */
function useVoice(language: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const pick = () => setVoice(window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(language.toLowerCase())) ?? null);
    pick();
    window.speechSynthesis.addEventListener('voiceschanged', pick);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', pick);
  }, [language]);
  return voice;
}

/** Reads a text aloud in the current language; hidden where the browser has no voice for it. */
export function ReadAloud({ text }: { readonly text: () => string }) {
  const { t, i18n } = useBase();
  const voice = useVoice(i18n.language);
  if (!voice) return null;
  const speak = () => {
    const synthesis = window.speechSynthesis;
    synthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    synthesis.speak(utterance);
  };
  return (
    <button type="button" class="link-button read-aloud" onClick={speak}>
      <Icon name="speaker" size={18} /> {t('readAloud')}
    </button>
  );
}
