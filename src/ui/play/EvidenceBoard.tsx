import type { Level } from '../../core/content/schema.ts';
import { Icon } from '../components/Icon.tsx';
import { useServices } from '../context.ts';
import { EvidenceCard } from './EvidenceCard.tsx';

/** Evidence cards in the order given. */
export function EvidenceList({ level, ids, fresh = [] }: { readonly level: Level; readonly ids: readonly string[]; readonly fresh?: readonly string[] }) {
  const cards = ids.flatMap((id) => level.evidence.filter((e) => e.id === id));
  return (
    <div class="evidence-list">
      {cards.map((evidence) => (
        <EvidenceCard key={evidence.id} levelId={level.id} evidence={evidence} fresh={fresh.includes(evidence.id)} />
      ))}
    </div>
  );
}

/** The cards found earlier, newest first, folded under the current step of the trace. */
export function EvidenceBoard({ level, ids }: { readonly level: Level; readonly ids: readonly string[] }) {
  const { t } = useServices();
  if (ids.length === 0) return null;
  return (
    <details class="evidence-board">
      <summary>
        <Icon name="evidence" size={20} /> {t('evidence.board', { count: ids.length })}
      </summary>
      <EvidenceList level={level} ids={[...ids].reverse()} />
    </details>
  );
}
