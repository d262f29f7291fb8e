import type { Question } from '../../../core/content/schema.ts';
import { ChoiceList } from './ChoiceList.tsx';
import type { QuestionControlProps } from './types.ts';

type Single = Extract<Question, { type: 'single' }>;

export function SingleChoice({ question, presentation, draft, onDraft, locked, tl, labelId }: QuestionControlProps<Single>) {
  return (
    <ChoiceList
      name={`q-${question.id}`}
      options={presentation.map((o) => ({ value: o, label: tl(`questions.${question.id}.options.${o}`) }))}
      chosen={draft?.type === 'single' ? [draft.choice] : []}
      onToggle={(choice) => onDraft({ type: 'single', choice })}
      locked={locked}
      labelledBy={labelId}
    />
  );
}
