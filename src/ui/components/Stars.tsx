import type { Stars as StarCount } from '../../core/scoring.ts';
import { useBase } from '../context.ts';
import { Icon } from './Icon.tsx';

/** Three stars, unearned ones greyed out; the count is also given as text for screen readers. */
export function Stars({ count, size = 20 }: { readonly count: StarCount; readonly size?: number }) {
  const { t } = useBase();
  return (
    <span class="stars" role="img" aria-label={t('stars.label', { count })}>
      {[1, 2, 3].map((n) => (
        <Icon key={n} name="star" size={size} class={n <= count ? 'star earned' : 'star'} />
      ))}
    </span>
  );
}
