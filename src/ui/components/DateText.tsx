import { useBase } from '../context.ts';
import { formatDate } from '../format.ts';

/** A date as the player's language writes it, machine-readable too. */
export function DateText({ iso }: { readonly iso: string }) {
  const { locale } = useBase();
  // dir="auto": the date keeps its own order inside right-to-left text when written in another script.
  return (
    <time dateTime={iso} dir="auto">
      {formatDate(iso, locale)}
    </time>
  );
}
