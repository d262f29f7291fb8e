import type { Question } from '../../../core/content/schema.ts';
import type { QuestionControlProps } from './types.ts';

type Single = Extract<Question, { type: 'single' }>;

export function SingleChoice({ question, presentation, draft, onDraft, locked, tl, labelId }: QuestionControlProps<Single>) {
  const chosen = draft?.type === 'single' ? draft.choice : undefined;
  return (
    <fieldset class="choices" aria-labelledby={labelId} disabled={locked}>
      {presentation.map((option) => (
        <label key={option} class={chosen === option ? 'choice selected' : 'choice'}>
          <input
            type="radio"
            name={`q-${question.id}`}
            value={option}
            checked={chosen === option}
            onChange={() => onDraft({ type: 'single', choice: option })}
          />
          <span>{tl(`questions.${question.id}.options.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
