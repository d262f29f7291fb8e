import type { Level } from '../../core/content/schema.ts';
import { DateText } from '../components/DateText.tsx';
import { Icon } from '../components/Icon.tsx';
import { ReadAloud } from '../components/ReadAloud.tsx';
import { useServices } from '../context.ts';
import { useLevelText } from './levelText.ts';

export function Briefing({ level, onStart }: { readonly level: Level; readonly onStart: () => void }) {
  const { t } = useServices();
  const tl = useLevelText(level.id);
  return (
    <section class="panel-section briefing" aria-labelledby="briefing-heading">
      <p class="kicker">
        <Icon name="calendar" size={18} /> <DateText iso={level.date} />
      </p>
      <h2 id="briefing-heading" tabIndex={-1}>
        {t('briefing.heading')}
      </h2>
      <ReadAloud text={() => `${tl('title')}. ${tl('briefing')} ${t('format.term', { term: t('briefing.objective') })} ${tl('objective')}`} />
      <p class="briefing-text">{tl('briefing')}</p>
      <div class="objective">
        <p class="objective-label">
          <Icon name="evidence" size={20} /> {t('briefing.objective')}
        </p>
        <p>{tl('objective')}</p>
      </div>
      <button type="button" class="button primary" onClick={onStart}>
        {t('briefing.start')}
      </button>
    </section>
  );
}
