import type { Level } from '../../core/content/schema.ts';
import { routeHash } from '../../core/route.ts';
import { questionById, summarizeQuiz, type QuizState } from '../../core/quiz/session.ts';
import { Icon } from '../components/Icon.tsx';
import { Stars } from '../components/Stars.tsx';
import { useServices } from '../context.ts';
import { AnswerReview, Verdict } from './Feedback.tsx';
import { useLevelText } from './levelText.ts';

export function ResultsPanel({ level, quiz, onReplay }: { readonly level: Level; readonly quiz: QuizState; readonly onReplay: () => void }) {
  const { t } = useServices();
  const tl = useLevelText(level.id);
  const summary = summarizeQuiz(level, quiz);
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
        <p class="score-message">{t(`results.message.${summary.stars}`)}</p>
        <p class="score-detail">{t('results.rightCount', { count: summary.rightCount, total: quiz.questionIds.length })}</p>
      </div>
      <div class="actions">
        <button type="button" class="button primary" onClick={onReplay}>
          {t('results.playAgain')}
        </button>
        <a class="button" href={routeHash({ screen: 'levels' })}>
          {t('results.backToCases')}
        </a>
      </div>
      <h3 class="section-label">{t('results.review')}</h3>
      <ol class="review-list">
        {quiz.questionIds.map((id) => {
          const question = questionById(level, id);
          const response = quiz.responses[id];
          if (!question || !response) return null;
          return (
            <li key={id} class={`review-item review-${response.score.verdict}`}>
              <p class="review-prompt">{tl(`questions.${id}.prompt`)}</p>
              <Verdict verdict={response.score.verdict} points={response.score.points} max={response.score.max} />
              <AnswerReview levelId={level.id} question={question} response={response} showYourAnswer />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
