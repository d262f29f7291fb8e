import { useId, useMemo, useState } from 'preact/hooks';
import { readAssignment } from '../../core/assignment/link.ts';
import { buildReport, type AssignmentReport } from '../../core/assignment/report.ts';
import { CODE_PREFIX, decodeResultCode, type CodeError } from '../../core/assignment/resultCode.ts';
import { answerRows, summaryRows } from '../../core/assignment/table.ts';
import type { Level } from '../../core/content/schema.ts';
import { parseQuery } from '../../core/route.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { Icon } from '../components/Icon.tsx';
import { useServices } from '../context.ts';
import { AVAILABLE_LOCALES } from '../i18n.ts';
import { CaseAnswers } from '../report/CaseAnswers.tsx';
import { downloadCsv } from '../report/download.ts';
import { codeErrorText } from '../report/problemText.ts';
import { useTableText } from '../report/tableText.ts';

interface Entry {
  readonly code: string;
  readonly report: AssignmentReport;
}

/** Pasted text as codes: each starts with the prefix; a line without it continues the code before (a wrapped paste). */
function splitCodes(text: string): { code: string; line: number }[] {
  const codes: { code: string; line: number }[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const last = codes.at(-1);
    if (last && !line.replace(/[\s-]/g, '').toUpperCase().startsWith(CODE_PREFIX)) last.code += line;
    else codes.push({ code: line, line: i + 1 });
  }
  return codes;
}

/** A code re-scored against this page's content. */
function readCode(code: string, levels: ReadonlyMap<string, Level>, known: Parameters<typeof readAssignment>[1]): Result<AssignmentReport, CodeError> {
  const decoded = decodeResultCode(code, levels);
  if (!decoded.ok) return decoded;
  const { assignment } = readAssignment(parseQuery(decoded.value.query), known);
  return assignment ? ok(buildReport(assignment, decoded.value.name, decoded.value.records, levels)) : err({ kind: 'corrupt' });
}

/** The review tab: the teacher pastes result codes and gets the class table, each student's answers, and CSVs. */
export function ReviewTab() {
  const { t, catalog, announce } = useServices();
  const id = useId();
  const text = useTableText();
  const levels = useMemo(() => new Map<string, Level>(catalog.levels.map((l) => [l.id, l])), [catalog]);
  const known = useMemo(() => ({ levelIds: new Set(levels.keys()), languages: new Set(AVAILABLE_LOCALES) }), [levels]);
  const [input, setInput] = useState('');
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const [problems, setProblems] = useState<readonly string[]>([]);

  const add = () => {
    const added: Entry[] = [];
    const found: string[] = [];
    for (const { code, line } of splitCodes(input)) {
      const read = readCode(code, levels, known);
      if (!read.ok) found.push(t('review.lineProblem', { line, problem: codeErrorText(read.error, t) }));
      else if ([...entries, ...added].some((e) => e.code.replace(/[\s-]/g, '') === code.replace(/[\s-]/g, ''))) found.push(t('review.duplicate', { line }));
      else added.push({ code, report: read.value });
    }
    setEntries([...entries, ...added]);
    setProblems(found);
    setInput(found.length > 0 ? input : '');
    announce(t('review.added', { count: added.length }) + (found.length > 0 ? ` ${t('review.problems', { count: found.length })}` : ''));
  };

  const reports = entries.map((e) => e.report);
  // Columns: every case any code covers, in the order the assignments give them.
  const caseIds = [...new Set(reports.flatMap((r) => r.assignment.levels))];

  return (
    <div class="sheet review">
      <p>{t('review.intro')}</p>
      <p class="field-help">{t('review.honesty')}</p>
      <form
        class="review-form no-print"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label for={`${id}-codes`}>{t('review.paste')}</label>
        <textarea id={`${id}-codes`} rows={5} spellcheck={false} value={input} onInput={(event) => setInput(event.currentTarget.value)} data-testid="review-codes" />
        <div class="actions">
          <button type="submit" class="button primary" disabled={input.trim() === ''}>
            {t('review.add')}
          </button>
          {entries.length > 0 ? (
            <button type="button" class="button" onClick={() => setEntries([])}>
              {t('review.clear')}
            </button>
          ) : null}
        </div>
      </form>
      {problems.length > 0 ? (
        <div class="notice notice-warning" role="alert">
          <p class="notice-title">{t('review.problems', { count: problems.length })}</p>
          <ul class="problem-list">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {entries.length > 0 ? (
        <section aria-labelledby={`${id}-table`}>
          <h2 id={`${id}-table`}>{t('review.table', { count: entries.length })}</h2>
          <div class="actions no-print">
            <button type="button" class="button" onClick={() => downloadCsv('follow-the-shipment-class.csv', summaryRows(reports, caseIds, text))}>
              {t('review.downloadTable')}
            </button>
            <button type="button" class="button" onClick={() => downloadCsv('follow-the-shipment-answers.csv', answerRows(reports, text))}>
              {t('review.downloadAnswers')}
            </button>
          </div>
          <div class="table-scroll" role="region" tabIndex={0} aria-labelledby={`${id}-table`}>
            <table class="report-table class-table" data-testid="class-table">
              <thead>
                <tr>
                  <th scope="col">{text.header('student')}</th>
                  <th scope="col">{text.header('class')}</th>
                  {caseIds.map((cid) => (
                    <th key={cid} scope="col">
                      {text.caseTitle(cid)}
                    </th>
                  ))}
                  <th scope="col">{text.header('total')}</th>
                  <th scope="col">{text.header('passed')}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{r.name || t('report.noName')}</th>
                    <td>{r.assignment.classLabel ?? ''}</td>
                    {caseIds.map((cid) => {
                      const c = r.cases.find((x) => x.level.id === cid);
                      return <td key={cid}>{c ? t('results.percent', { percent: c.summary.percent }) : '—'}</td>;
                    })}
                    <td>{t('results.percent', { percent: r.percent })}</td>
                    <td>
                      <span class={`verdict verdict-${r.passed ? 'right' : 'wrong'}`}>
                        <Icon name={r.passed ? 'right' : 'wrong'} size={18} /> {text.yesNo(r.passed)}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {reports.map((r, i) => (
            <details key={i} class="student-detail">
              <summary>{t('review.detail', { name: r.name || t('report.noName') })}</summary>
              {r.cases.map((c) => (
                <CaseAnswers key={c.level.id} result={c} headingLevel={3} />
              ))}
            </details>
          ))}
        </section>
      ) : null}
    </div>
  );
}
