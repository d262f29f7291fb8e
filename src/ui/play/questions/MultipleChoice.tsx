import type { Question } from '../../../core/content/schema.ts';
import { ChoiceList } from './ChoiceList.tsx';
import type { QuestionControlProps } from './types.ts';

type Multiple = Extract<Question, { type: 'multiple' }>;

export function MultipleChoice({ question, presentation, draft, onDraft, locked, tl, labelId }: QuestionControlProps<Multiple>) {
  const chosen = draft?.type === 'multiple' ? draft.choices : [];
  return (
    <ChoiceList
      name={`q-${question.id}`}
      multiple
      options={presentation.map((o) => ({ value: o, label: tl(`questions.${question.id}.options.${o}`) }))}
      chosen={chosen}
      onToggle={(option) => {
        const next = chosen.includes(option) ? chosen.filter((c) => c !== option) : [...chosen, option];
        onDraft(next.length > 0 ? { type: 'multiple', choices: next } : undefined);
      }}
      locked={locked}
      labelledBy={labelId}
    />
  );
}
