import type { Question } from '../../../core/content/schema.ts';
import type { QuestionControlProps } from './types.ts';

type Numeric = Extract<Question, { type: 'numeric' }>;

export function NumericAnswer({ question, draft, onDraft, locked, tl, labelId }: QuestionControlProps<Numeric>) {
  const value = draft?.type === 'numeric' ? String(draft.value) : '';
  const unitId = `q-${question.id}-unit`;
  return (
    <div class="numeric">
      <input
        type="number"
        inputMode="numeric"
        min={question.min}
        max={question.max}
        step="any"
        defaultValue={value}
        disabled={locked}
        aria-labelledby={`${labelId} ${unitId}`}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          const number = raw.trim() === '' ? NaN : Number(raw);
          onDraft(Number.isFinite(number) ? { type: 'numeric', value: number } : undefined);
        }}
      />
      <span id={unitId} class="unit">
        {tl(`questions.${question.id}.unit`)}
      </span>
    </div>
  );
}
