import { routeHash } from '../../core/route.ts';
import { useServices } from '../context.ts';
import { Icon } from './Icon.tsx';

/** Links to the sanctions codex entries an answer or a verdict rests on. */
export function CodexLinks({ ids }: { readonly ids: readonly string[] }) {
  const { t, i18n } = useServices();
  if (ids.length === 0) return null;
  return (
    <p class="codex-links">
      <Icon name="reference" size={18} /> <span>{t('codex.seeAlso')}</span>{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <a href={routeHash({ screen: 'codex', entry: id })}>{i18n.t(`entries.${id}.title`, { ns: 'codex' })}</a>
        </span>
      ))}
    </p>
  );
}
