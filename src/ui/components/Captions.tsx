import { useBase } from '../context.ts';

/**
 * On-screen captions for sounds that carry meaning (right, wrong, the shipment
 * moving…). Visual only: screen readers already hear these events in words.
 */
export function Captions({ caption }: { readonly caption: { readonly id: string; readonly n: number } | null }) {
  const { t } = useBase();
  return (
    <div class="captions" aria-hidden="true" data-testid="caption">
      {caption ? (
        <p key={caption.n} class="caption">
          {t(`captions.${caption.id}`)}
        </p>
      ) : null}
    </div>
  );
}
