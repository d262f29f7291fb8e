import type { Question } from '../../../core/content/schema.ts';
import { VERDICTS } from '../../../core/content/verdicts.ts';
import { useServices } from '../../context.ts';
import { ChoiceList } from './ChoiceList.tsx';
import type { QuestionControlProps } from './types.ts';

type Detective = Extract<Question, { type: 'detective' }>;

/** Source detective: first the verdict on the claim, then why. */
export function DetectiveAnswer({ question, presentation, draft, onDraft, locked, tl, labelId }: QuestionControlProps<Detective>) {
  const { t } = useServices();
  const current = draft?.type === 'detective' ? draft : undefined;
  const verdictId = `q-${question.id}-verdict`;
  const reasonId = `q-${question.id}-reason`;
  return (
    <div class="detective" role="group" aria-labelledby={labelId}>
      <p id={verdictId} class="sub-question">
        {t('quiz.detective.verdictLabel')}
      </p>
      <ChoiceList
        name={verdictId}
        options={VERDICTS.map((v) => ({ value: v, label: t(`quiz.detective.${v}`) }))}
        chosen={current ? [current.verdict] : []}
        onToggle={(verdict) => onDraft({ type: 'detective', verdict: verdict as Detective['verdict'], reason: current?.reason ?? '' })}
        locked={locked}
        labelledBy={verdictId}
      />
      <p id={reasonId} class="sub-question">
        {t('quiz.detective.reasonLabel')}
      </p>
      <ChoiceList
        name={reasonId}
        options={presentation.map((r) => ({ value: r, label: tl(`questions.${question.id}.reasons.${r}`) }))}
        chosen={current?.reason ? [current.reason] : []}
        onToggle={(reason) => onDraft({ type: 'detective', verdict: current?.verdict ?? 'undetermined', reason })}
        locked={locked || !current}
        labelledBy={reasonId}
      />
    </div>
  );
}
