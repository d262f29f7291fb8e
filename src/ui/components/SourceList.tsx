import { useServices } from '../context.ts';
import { citation } from '../format.ts';

/** The sources behind a fact, by outlet and date; each a <cite>, since outlet names are names, not text to translate. */
export function SourceList({ ids }: { readonly ids: readonly string[] }) {
  const { t, catalog, locale } = useServices();
  return (
    <p class="sources">
      <span class="sources-label">{t('source.label', { count: ids.length })}</span>{' '}
      {ids.map((id, i) => {
        const source = catalog.sources.get(id);
        return (
          <span key={id} class="source">
            {i > 0 ? '; ' : ''}
            <cite>
              {source?.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {citation(source, t, locale)}
                </a>
              ) : source ? (
                citation(source, t, locale)
              ) : (
                id
              )}
            </cite>
          </span>
        );
      })}
    </p>
  );
}
