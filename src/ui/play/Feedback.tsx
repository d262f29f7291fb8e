import type { Question } from '../../core/content/schema.ts';
import { correctAnswer } from '../../core/quiz/answers.ts';
import type { Response } from '../../core/quiz/session.ts';
import { CodexLinks } from '../components/CodexLinks.tsx';
import { Icon } from '../components/Icon.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { useServices } from '../context.ts';
import { describeAnswer } from './describeAnswer.ts';
import { HowWeKnowButton } from './HowWeKnow.tsx';
import { useLevelText } from './levelText.ts';

/** Right / partly right / wrong — as icon, word and colour — with the explanation and its sources. */
export function Verdict({ verdict, points, max }: { readonly verdict: Response['score']['verdict']; readonly points: number; readonly max: number }) {
  const { t } = useServices();
  return (
    <span class={`verdict verdict-${verdict}`}>
      <Icon name={verdict} size={22} />
      <span class="verdict-word">{t(`verdict.${verdict}`)}</span>
      <span class="verdict-points">{t('quiz.points', { points, max })}</span>
    </span>
  );
}

export function AnswerReview({ levelId, question, response, showYourAnswer, hinted }: {
  readonly levelId: string;
  readonly question: Question;
  readonly response: Response;
  readonly showYourAnswer: boolean;
  readonly hinted: boolean;
}) {
  const { t, locale } = useServices();
  const tl = useLevelText(levelId);
  const right = response.score.verdict === 'right';
  return (
    <>
      {showYourAnswer ? (
        <p class="your-answer">
          <strong>{t('quiz.yourAnswer')}</strong> {describeAnswer(question, response.answer, t, tl, locale)}
        </p>
      ) : null}
      {right ? null : (
        <p class="correct-answer">
          <strong>{t('quiz.correctAnswer')}</strong> {describeAnswer(question, correctAnswer(question), t, tl, locale)}
        </p>
      )}
      <p class="explanation">{tl(`questions.${question.id}.explanation`)}</p>
      {hinted ? (
        <p class="hint-used">
          <Icon name="hint" size={18} /> {t('quiz.hintUsed')}
        </p>
      ) : null}
      <SourceList ids={question.sources} />
      <CodexLinks ids={question.codex} />
      <HowWeKnowButton request={{ evidence: question.evidence, sources: question.sources }} />
    </>
  );
}
