import { useState } from 'preact/hooks';
import type { Level } from '../../core/content/schema.ts';
import type { PlayAction, PlayState } from '../../core/flow.ts';
import type { Answer } from '../../core/quiz/answers.ts';
import { currentQuestion } from '../../core/quiz/session.ts';
import { useServices } from '../context.ts';
import { useFocusOn } from '../useFocus.ts';
import { AnswerReview, Verdict } from './Feedback.tsx';
import { useLevelText } from './levelText.ts';
import { QuestionControl } from './questions/QuestionControl.tsx';

export function QuizPanel({ level, play, dispatch }: { readonly level: Level; readonly play: PlayState; readonly dispatch: (action: PlayAction) => void }) {
  const { t } = useServices();
  const tl = useLevelText(level.id);
  const question = currentQuestion(level, play.quiz);
  const [draft, setDraft] = useState<Answer | undefined>(undefined);
  const promptRef = useFocusOn<HTMLHeadingElement>(question?.id, 'start');
  const response = question ? play.quiz.responses[question.id] : undefined;
  const feedbackRef = useFocusOn<HTMLHeadingElement>(response ? question?.id : undefined, 'nearest');
  if (!question) return null;

  const number = play.quiz.index + 1;
  const total = play.quiz.questionIds.length;
  const isLast = number === total;
  const promptId = `q-${question.id}-prompt`;

  const check = (e: Event) => {
    e.preventDefault();
    if (!draft || response) return;
    dispatch({ type: 'answer', answer: draft });
  };
  const next = () => {
    setDraft(undefined);
    dispatch({ type: 'next-question' });
  };
  return (
    <section class="panel-section quiz" aria-labelledby={promptId}>
      <p class="kicker">{t('quiz.progress', { number, total })}</p>
      <progress class="quiz-progress" max={total} value={number - 1} aria-hidden="true" />
      <form onSubmit={check} key={question.id}>
        <h2 id={promptId} tabIndex={-1} ref={promptRef} class="question-prompt">
          {tl(`questions.${question.id}.prompt`)}
        </h2>
        <QuestionControl
          question={question}
          presentation={play.quiz.presentation[question.id] ?? []}
          draft={response?.answer ?? draft}
          onDraft={setDraft}
          locked={response !== undefined}
          tl={tl}
          labelId={promptId}
        />
        {response ? null : (
          <button type="submit" class="button primary" disabled={!draft}>
            {t('quiz.check')}
          </button>
        )}
      </form>
      {response ? (
        <section class={`feedback feedback-${response.score.verdict}`} aria-labelledby="feedback-heading">
          <h3 id="feedback-heading" tabIndex={-1} ref={feedbackRef}>
            <Verdict verdict={response.score.verdict} points={response.score.points} max={response.score.max} />
          </h3>
          <AnswerReview levelId={level.id} question={question} response={response} showYourAnswer={false} />
          <button type="button" class="button primary" onClick={next}>
            {isLast ? t('quiz.seeResults') : t('quiz.next')}
          </button>
        </section>
      ) : null}
    </section>
  );
}
