import type { Question } from '../../../core/content/schema.ts';
import type { QuestionControlProps } from './types.ts';

type Multiple = Extract<Question, { type: 'multiple' }>;

export function MultipleChoice({ question, presentation, draft, onDraft, locked, tl, labelId }: QuestionControlProps<Multiple>) {
  const chosen = draft?.type === 'multiple' ? draft.choices : [];
  const toggle = (option: string) => {
    const next = chosen.includes(option) ? chosen.filter((c) => c !== option) : [...chosen, option];
    onDraft(next.length > 0 ? { type: 'multiple', choices: next } : undefined);
  };
  return (
    <fieldset class="choices" aria-labelledby={labelId} disabled={locked}>
      {presentation.map((option) => (
        <label key={option} class={chosen.includes(option) ? 'choice selected' : 'choice'}>
          <input type="checkbox" value={option} checked={chosen.includes(option)} onChange={() => toggle(option)} />
          <span>{tl(`questions.${question.id}.options.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
