import type { Evidence } from '../../core/content/schema.ts';
import { DateText } from '../components/DateText.tsx';
import { Icon } from '../components/Icon.tsx';
import { ReadAloud } from '../components/ReadAloud.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { useServices } from '../context.ts';
import { HowWeKnowButton } from './HowWeKnow.tsx';
import { useLevelText } from './levelText.ts';

export function EvidenceCard({ levelId, evidence, fresh = false }: { readonly levelId: string; readonly evidence: Evidence; readonly fresh?: boolean }) {
  const { t } = useServices();
  const tl = useLevelText(levelId);
  const key = `evidence.${evidence.id}`;
  const headingId = `evidence-${evidence.id}`;
  return (
    <article class={fresh ? 'evidence-card fresh' : 'evidence-card'} aria-labelledby={headingId} data-evidence={evidence.id}>
      <header class="evidence-head">
        <Icon name={evidence.basis} size={28} label={t(`basis.${evidence.basis}`)} />
        <h3 id={headingId}>{tl(`${key}.title`)}</h3>
        <span class={`stamp stamp-${evidence.status}`}>{t(`status.${evidence.status}`)}</span>
      </header>
      {evidence.date ? (
        <p class="evidence-date">
          <DateText iso={evidence.date} />
        </p>
      ) : null}
      <p class="evidence-text">{tl(`${key}.text`)}</p>
      <p class="evidence-how">
        <strong>{t('evidence.howWeKnow')}</strong> {tl(`${key}.how`)}
      </p>
      <SourceList ids={evidence.sources} />
      <ReadAloud text={() => `${tl(`${key}.title`)}. ${tl(`${key}.text`)} ${t('evidence.howWeKnow')} ${tl(`${key}.how`)}`} />
      <HowWeKnowButton request={{ evidence: [evidence.id], sources: evidence.sources }} />
    </article>
  );
}
