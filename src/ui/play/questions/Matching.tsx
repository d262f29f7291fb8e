import type { Question } from '../../../core/content/schema.ts';
import { useServices } from '../../context.ts';
import type { QuestionControlProps } from './types.ts';

type Matching = Extract<Question, { type: 'matching' }>;

/** One native select per item: the same control for mouse, keyboard, touch and screen readers. */
export function MatchingAnswer({ question, presentation, draft, onDraft, locked, tl, labelId }: QuestionControlProps<Matching>) {
  const { t } = useServices();
  const matches = draft?.type === 'matching' ? draft.matches : {};
  const base = `questions.${question.id}`;
  return (
    <fieldset class="matching" aria-labelledby={labelId} disabled={locked}>
      {question.pairs.map(({ item }) => {
        const selectId = `q-${question.id}-${item}`;
        return (
          <div key={item} class="matching-row">
            <label for={selectId} class="matching-item">
              {tl(`${base}.items.${item}`)}
            </label>
            <select
              id={selectId}
              value={matches[item] ?? ''}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLSelectElement).value;
                const next = { ...matches };
                if (value) next[item] = value;
                else delete next[item];
                onDraft({ type: 'matching', matches: next });
              }}
            >
              <option value="">{t('quiz.matchingChoose')}</option>
              {presentation.map((m) => (
                <option key={m} value={m}>
                  {tl(`${base}.matches.${m}`)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
