import type { Level } from '../../core/content/schema.ts';
import { Icon } from '../components/Icon.tsx';
import { useServices } from '../context.ts';
import { EvidenceCard } from './EvidenceCard.tsx';

/** Every card found so far, newest first; stays available during the quiz. */
export function EvidenceBoard({ level, ids, open }: { readonly level: Level; readonly ids: readonly string[]; readonly open: boolean }) {
  const { t } = useServices();
  if (ids.length === 0) return null;
  const cards = [...ids].reverse().flatMap((id) => level.evidence.filter((e) => e.id === id));
  return (
    <details class="evidence-board" open={open}>
      <summary>
        <Icon name="evidence" size={20} /> {t('evidence.board', { count: ids.length })}
      </summary>
      <div class="evidence-list">
        {cards.map((evidence) => (
          <EvidenceCard key={evidence.id} levelId={level.id} evidence={evidence} />
        ))}
      </div>
    </details>
  );
}
