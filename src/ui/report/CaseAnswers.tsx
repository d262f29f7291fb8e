import { useId } from 'preact/hooks';
import type { CaseResult } from '../../core/assignment/report.ts';
import { Icon } from '../components/Icon.tsx';
import { useServices } from '../context.ts';
import { useTableText } from './tableText.ts';

/** Every question of a case as it was answered: the student's report and the teacher's detail view. */
export function CaseAnswers({ result, headingLevel }: { readonly result: CaseResult; readonly headingLevel: 2 | 3 }) {
  const { t } = useServices();
  const text = useTableText();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = result.level.id;
  const headingId = useId();
  return (
    <section class="sheet case-answers" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {text.caseTitle(id)} — {t('results.percent', { percent: result.summary.percent })}
      </Heading>
      <p class="case-answers-summary">
        {t('results.score', { points: result.summary.points, max: result.summary.max })}
        {result.summary.hintsUsed > 0 ? ` · ${t('results.hintsUsed', { count: result.summary.hintsUsed })}` : ''}
        {result.record.timedOut ? ` · ${t('report.timedOut')}` : ''}
      </p>
      <div class="table-scroll" role="region" tabIndex={0} aria-labelledby={headingId}>
        <table class="report-table">
          <thead>
            <tr>
              <th scope="col">{text.header('number')}</th>
              <th scope="col">{text.header('question')}</th>
              <th scope="col">{text.header('answer')}</th>
              <th scope="col">{text.header('result')}</th>
              <th scope="col">{text.header('points')}</th>
              <th scope="col">{text.header('hint')}</th>
            </tr>
          </thead>
          <tbody>
            {result.questions.map((q, i) => {
              const verdict = q.answer ? q.score.verdict : 'wrong';
              return (
                <tr key={q.question.id} class={`review-${verdict}`}>
                  <td>{i + 1}</td>
                  <th scope="row">{text.prompt(id, q.question)}</th>
                  <td>{text.answer(id, q.question, q.answer) || '—'}</td>
                  <td>
                    <span class={`verdict verdict-${verdict}`}>
                      <Icon name={verdict} size={18} /> <span class="verdict-word">{text.verdict(q.answer ? q.score.verdict : 'not-answered')}</span>
                    </span>
                  </td>
                  <td>{t('quiz.points', { points: q.score.points, max: q.score.max })}</td>
                  <td>{text.yesNo(q.hinted)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
