import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../context.ts';

/** Moments before the end when screen-reader users hear how long is left (the clock itself stays quiet). */
const WARNINGS = [300, 60];

const secondsLeft = (deadline: number) => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

/** An assignment's time limit for one case: counts down to the deadline, and ends the case at zero. */
export function CaseTimer({ deadline, onTimeUp }: { readonly deadline: number; readonly onTimeUp: () => void }) {
  const { t, announce, locale } = useServices();
  const [left, setLeft] = useState(() => secondsLeft(deadline));
  const shown = useRef(left);
  const latest = useRef({ deadline, onTimeUp });
  latest.current = { deadline, onTimeUp };

  useEffect(() => {
    const id = window.setInterval(() => {
      const now = secondsLeft(latest.current.deadline);
      for (const mark of WARNINGS) if (shown.current > mark && now <= mark) announce(t('timer.warning', { count: mark / 60 }));
      shown.current = now;
      setLeft(now);
      if (now === 0) {
        window.clearInterval(id);
        announce(t('timer.up'));
        latest.current.onTimeUp();
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
