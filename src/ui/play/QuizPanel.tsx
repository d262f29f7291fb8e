import type { TFunction } from 'i18next';
import type { Level, Question } from '../../core/content/schema.ts';
import type { PlayAction, PlayState } from '../../core/flow.ts';
import { isComplete, type Answer } from '../../core/quiz/answers.ts';
import { currentQuestion } from '../../core/quiz/session.ts';
import { Icon } from '../components/Icon.tsx';
import { ReadAloud } from '../components/ReadAloud.tsx';
import { useServices } from '../context.ts';
import { useFocusOn } from '../useFocus.ts';
import { AnswerReview, Verdict } from './Feedback.tsx';
import { useLevelText } from './levelText.ts';
import { QuestionControl } from './questions/QuestionControl.tsx';

/** The choices of a question as words, for reading aloud. */
function readableOptions(question: Question, presentation: readonly string[], tl: TFunction): string[] {
  const base = `questions.${question.id}`;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return presentation.map((o) => tl(`${base}.options.${o}`));
    case 'map-pick':
      return presentation.map((p) => tl(`places.${p}.name`));
    case 'ordering':
      return presentation.map((i) => tl(`${base}.items.${i}`));
    case 'matching':
      return question.pairs.map((p) => tl(`${base}.items.${p.item}`));
    case 'detective':
      return presentation.map((r) => tl(`${base}.reasons.${r}`));
    case 'numeric':
      return [tl(`${base}.unit`)];
  }
}

interface QuizPanelProps {
  readonly level: Level;
  readonly play: PlayState;
  readonly dispatch: (action: PlayAction) => void;
  /** The answer being drafted; held by the play screen, because the map can set it too (map picks). */
  readonly draft: Answer | undefined;
  readonly onDraft: (answer: Answer | undefined) => void;
  /** False in an assignment whose teacher turned hints off. */
  readonly hintsAllowed: boolean;
}

export function QuizPanel({ level, play, dispatch, draft, onDraft, hintsAllowed }: QuizPanelProps) {
  const { t } = useServices();
  const tl = useLevelText(level.id);
  const question = currentQuestion(level, play.quiz);
  const promptRef = useFocusOn<HTMLHeadingElement>(question?.id, 'start');
  const response = question ? play.quiz.responses[question.id] : undefined;
  const feedbackRef = useFocusOn<HTMLHeadingElement>(response ? question?.id : undefined, 'nearest');
  const hinted = question ? play.quiz.hints.includes(question.id) : false;
  const hintRef = useFocusOn<HTMLDivElement>(hinted ? question?.id : undefined, 'nearest');
  if (!question) return null;

  const number = play.quiz.index + 1;
  const total = play.quiz.questionIds.length;
  const isLast = number === total;
  const promptId = `q-${question.id}-prompt`;
  const ready = isComplete(question, draft);

  const check = (e: Event) => {
    e.preventDefault();
    if (!ready || response) return;
    dispatch({ type: 'answer', answer: draft });
  };
  const next = () => {
    onDraft(undefined);
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
        <ReadAloud text={() => [tl(`questions.${question.id}.prompt`), ...readableOptions(question, play.quiz.presentation[question.id] ?? [], tl)].join('. ')} />
        {hinted ? (
          <div class="hint" tabIndex={-1} ref={hintRef}>
            <Icon name="hint" size={22} />
            <p>
              <strong>{t('trace.hint')}</strong> {tl(`questions.${question.id}.hint`)}
            </p>
          </div>
        ) : null}
        <QuestionControl
          question={question}
          presentation={play.quiz.presentation[question.id] ?? []}
          draft={response?.answer ?? draft}
          onDraft={onDraft}
          locked={response !== undefined}
          tl={tl}
          labelId={promptId}
        />
        {response ? null : (
          <div class="actions">
            <button type="submit" class="button primary" disabled={!ready}>
              {t('quiz.check')}
            </button>
            {hinted || !hintsAllowed ? null : (
              <button type="button" class="button" onClick={() => dispatch({ type: 'hint' })}>
                <Icon name="hint" size={20} /> {t('quiz.hint')}
              </button>
            )}
          </div>
        )}
      </form>
      {response ? (
        <section class={`feedback feedback-${response.score.verdict}`} aria-labelledby="feedback-heading">
          <h3 id="feedback-heading" tabIndex={-1} ref={feedbackRef}>
            <Verdict verdict={response.score.verdict} points={response.score.points} max={response.score.max} />
          </h3>
          <AnswerReview levelId={level.id} question={question} response={response} showYourAnswer={false} hinted={hinted} />
          <div class="actions">
            <button type="button" class="button primary" onClick={next}>
              {isLast ? t('quiz.seeResults') : t('quiz.next')}
            </button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
