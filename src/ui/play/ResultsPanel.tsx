import type { Level } from '../../core/content/schema.ts';
import type { PlayState } from '../../core/flow.ts';
import { routeHash } from '../../core/route.ts';
import { questionById } from '../../core/quiz/session.ts';
import { starsFor, summarizeLevel } from '../../core/scoring.ts';
import { CodexLinks } from '../components/CodexLinks.tsx';
import { Icon } from '../components/Icon.tsx';
import { Stars } from '../components/Stars.tsx';
import { useServices } from '../context.ts';
import { AnswerReview, Verdict } from './Feedback.tsx';
import { useLevelText } from './levelText.ts';

/** The debrief: score and stars, every answer with its explanation and sources, and what is still unknown. */
interface ResultsPanelProps {
  readonly level: Level;
  readonly play: PlayState;
  readonly onReplay: () => void;
  /** In an assignment, the way on replaces "play again" and the campaign: one attempt per case. */
  readonly next?: { readonly label: string; readonly onNext: () => void };
}

export function ResultsPanel({ level, play, onReplay, next }: ResultsPanelProps) {
  const { t } = useServices();
  const tl = useLevelText(level.id);
  const { quiz, manifest } = play;
  const summary = summarizeLevel(level, quiz, manifest);
  return (
    <section class="panel-section results" aria-labelledby="results-heading">
      <p class="kicker">
        <Icon name="trophy" size={18} /> {t('results.kicker')}
      </p>
      <h2 id="results-heading" tabIndex={-1}>
        {t('results.heading')}
      </h2>
      <div class="score-card">
        <p class="score" data-testid="score">
          <span class="score-points">{t('results.score', { points: summary.points, max: summary.max })}</span>
          <span class="score-percent">{t('results.percent', { percent: summary.percent })}</span>
        </p>
        <Stars count={summary.stars} size={32} />
        {/* The messages suggest playing again, which an assignment's single attempt does not allow. */}
        {next ? null : <p class="score-message">{t(summary.stars < starsFor(summary.percent) ? 'results.message.hinted' : `results.message.${summary.stars}`)}</p>}
        <p class="score-detail">{t('results.rightCount', { count: summary.rightCount, total: summary.questionCount })}</p>
        {summary.hintsUsed > 0 ? <p class="score-detail">{t('results.hintsUsed', { count: summary.hintsUsed })}</p> : null}
      </div>
      <div class="actions">
        {next ? (
          <button type="button" class="button primary" onClick={next.onNext}>
            {next.label}
          </button>
        ) : (
          <>
            <button type="button" class="button primary" onClick={onReplay}>
              {t('results.playAgain')}
            </button>
            <a class="button" href={routeHash({ screen: 'campaign' })}>
              {t('results.toCampaign')}
            </a>
          </>
        )}
      </div>
      <section class="sanctions-check" aria-labelledby="sanctions-heading">
        <h3 id="sanctions-heading" class="section-label">
          <Icon name="reference" size={18} /> {t('results.sanctions')}
        </h3>
        <p>
          <span class={`stamp stamp-sanction-${level.sanctions.verdict}`}>{t(`sanctionVerdict.${level.sanctions.verdict}`)}</span>
        </p>
        <p>{tl('sanctions')}</p>
        <CodexLinks ids={level.sanctions.codex} />
      </section>
      {level.unknowns.length > 0 ? (
        <section class="unknowns" aria-labelledby="unknowns-heading">
          <h3 id="unknowns-heading" class="section-label">
            <Icon name="unknown" size={18} /> {t('results.unknowns')}
          </h3>
          <ul>
            {level.unknowns.map((id) => (
              <li key={id}>{tl(`unknowns.${id}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <h3 class="section-label">{t('results.review')}</h3>
      <ol class="review-list">
        {manifest ? (
          <li class={`review-item review-${manifest.score.verdict}`}>
            <p class="review-prompt">{t('manifest.heading')}</p>
            <Verdict verdict={manifest.score.verdict} points={manifest.score.points} max={manifest.score.max} />
          </li>
        ) : null}
        {quiz.questionIds.map((id) => {
          const question = questionById(level, id);
          const response = quiz.responses[id];
          if (!question) return null;
          if (!response)
            return (
              <li key={id} class="review-item review-wrong">
                <p class="review-prompt">{tl(`questions.${id}.prompt`)}</p>
                <Verdict verdict="wrong" points={0} max={question.points} />
                <p>{t('results.notAnswered')}</p>
              </li>
            );
          return (
            <li key={id} class={`review-item review-${response.score.verdict}`}>
              <p class="review-prompt">{tl(`questions.${id}.prompt`)}</p>
              <Verdict verdict={response.score.verdict} points={response.score.points} max={response.score.max} />
              <AnswerReview levelId={level.id} question={question} response={response} showYourAnswer hinted={quiz.hints.includes(id)} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
