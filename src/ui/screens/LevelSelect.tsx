import { useEffect, useState } from 'preact/hooks';
import type { CaseCardText } from '../../core/content/caseIndex.ts';
import type { ContentError } from '../../core/content/errors.ts';
import type { Progress } from '../../core/progress.ts';
import { routeHash } from '../../core/route.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { DateText } from '../components/DateText.tsx';
import { DeskHeader } from '../components/DeskHeader.tsx';
import { Icon } from '../components/Icon.tsx';
import { Notice } from '../components/Notice.tsx';
import { Stars } from '../components/Stars.tsx';
import { useBase } from '../context.ts';
import { caseNumber } from '../format.ts';
import { BASE_LOCALE } from '../i18n.ts';
import { prefetchMapEngine } from '../services/mapLoader.ts';

export interface LevelSelectNotice {
  readonly tone: 'info' | 'warning';
  readonly title: string;
  readonly body?: string;
}

function CaseCard({ card, index, progress }: { readonly card: CaseCardText; readonly index: number; readonly progress: Progress }) {
  const { t, locale } = useBase();
  const record = progress.levels[card.id];
  const titleId = `case-${card.id}-title`;
  // Shown in English: marked so, for readers and for screen readers' pronunciation.
  const lang = card.fallback ? BASE_LOCALE : undefined;
  return (
    <li class="case-card" data-level={card.id}>
      <p class="case-tab">
        <span>{t('levels.caseNumber', { number: caseNumber(index, locale) })}</span>
        <DateText iso={card.date} />
      </p>
      <div class="case-body">
        <Icon name={card.cargo} size={40} class="case-icon" />
        <h2 id={titleId} lang={lang}>
          {card.title}
        </h2>
        <p class="case-summary" lang={lang}>
          {card.summary}
        </p>
        {lang ? <p class="case-fallback">{t('levels.fallback')}</p> : null}
        <div class="case-status">
          {record ? (
            <>
              <span class="stamp stamp-solved">{t('levels.solved')}</span>
              <Stars count={record.bestStars} />
              <span class="case-best">{t('levels.best', { percent: record.bestPercent })}</span>
            </>
          ) : (
            <span class="stamp stamp-new">{t('levels.new')}</span>
          )}
        </div>
        <a class="button primary" href={routeHash({ screen: 'play', levelId: card.id })} aria-describedby={titleId}>
          {record ? t('levels.replay') : t('levels.open')}
        </a>
      </div>
    </li>
  );
}

function ContentProblems({ errors, rejected }: { readonly errors: readonly ContentError[]; readonly rejected: readonly string[] }) {
  const { t } = useBase();
  return (
    <Notice tone="warning" title={t('notice.contentProblem', { count: rejected.length || errors.length })}>
      <details>
        <summary>{t('notice.details')}</summary>
        <ul class="problem-list">
          {errors.map((e, i) => (
            <li key={i}>
              <code>{e.file}</code> <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      </details>
    </Notice>
  );
}

export interface LevelSelectProps {
  readonly notices: readonly LevelSelectNotice[];
  /** From the index until the checked content has loaded, then only the cases that passed. */
  readonly cards: readonly CaseCardText[];
  /** What the content check found, once the content has loaded. */
  readonly problems: { readonly errors: readonly ContentError[]; readonly rejected: readonly string[] } | undefined;
  readonly progress: Progress;
  readonly onResetProgress: () => void;
}

/**
 * The case list: the first screen that needs content. It is shown from the case list's index, before
 * the cases themselves (and the code that checks them) have downloaded.
 */
export function LevelSelect({ notices, cards, problems, progress, onResetProgress }: LevelSelectProps) {
  const { t } = useBase();
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    performance.mark('menu-interactive');
    prefetchMapEngine();
  }, []);

  return (
    <main class="desk levels-screen" id="main" tabIndex={-1}>
      <DeskHeader back={{ screen: 'title' }} backLabel={t('levels.back')} icon="case" title={t('levels.heading')}>
        <p class="desk-intro">{t('levels.intro')}</p>
        <p class="desk-links">
          <a class="button" href={routeHash({ screen: 'campaign' })}>
            <Icon name="map" size={20} /> {t('levels.toCampaign')}
          </a>
          <a class="button" href={routeHash({ screen: 'codex' })}>
            <Icon name="reference" size={20} /> {t('codex.heading')}
          </a>
        </p>
      </DeskHeader>
      <div class="notices">
        {notices.map((n, i) => (
          <Notice key={i} tone={n.tone} title={n.title}>
            {n.body ? <p>{n.body}</p> : null}
          </Notice>
        ))}
        {problems && problems.errors.length > 0 ? <ContentProblems errors={problems.errors} rejected={problems.rejected} /> : null}
      </div>
      {cards.length > 0 ? (
        <ol class="case-grid">
          {cards.map((card, i) => (
            <CaseCard key={card.id} card={card} index={i} progress={progress} />
          ))}
        </ol>
      ) : (
        <p class="empty">{t('levels.empty')}</p>
      )}
      {Object.keys(progress.levels).length > 0 ? (
        <footer class="desk-footer">
          <button type="button" class="link-button on-dark" onClick={() => setConfirmReset(true)}>
            {t('progress.reset')}
          </button>
        </footer>
      ) : null}
      <ConfirmDialog
        open={confirmReset}
        title={t('progress.resetTitle')}
        body={t('progress.resetBody')}
        confirmLabel={t('progress.resetConfirm')}
        onConfirm={() => {
          setConfirmReset(false);
          onResetProgress();
        }}
        onCancel={() => setConfirmReset(false)}
      />
    </main>
  );
}
