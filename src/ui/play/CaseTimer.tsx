import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../context.ts';

/** Moments before the end when screen-reader users hear how long is left (the clock itself stays quiet). */
const WARNINGS = [300, 60];

/** An assignment's time limit for one case: counts down from when the case opens, and ends it at zero. */
export function CaseTimer({ seconds, onTimeUp }: { readonly seconds: number; readonly onTimeUp: () => void }) {
  const { t, announce, locale } = useServices();
  const [end] = useState(() => Date.now() + seconds * 1000);
  const [left, setLeft] = useState(seconds);
  const shown = useRef(seconds);
  const timeUp = useRef(onTimeUp);
  timeUp.current = onTimeUp;

  useEffect(() => {
    const id = window.setInterval(() => {
      const now = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      for (const mark of WARNINGS) if (shown.current > mark && now <= mark) announce(t('timer.warning', { count: mark / 60 }));
      shown.current = now;
      setLeft(now);
      if (now === 0) {
        window.clearInterval(id);
        announce(t('timer.up'));
        timeUp.current();
      }
    }, 250);
    return () => window.clearInterval(id);
  }, []);

  const format = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
  const clock = `${Math.floor(left / 60)}:${format.format(left % 60)}`;
  return (
    <p class={`case-timer${left <= 60 ? ' low' : ''}`} role="timer" aria-live="off" data-testid="timer">
      <span class="case-timer-label">{t('timer.label')}</span> <time dateTime={`PT${left}S`}>{clock}</time>
    </p>
  );
}
