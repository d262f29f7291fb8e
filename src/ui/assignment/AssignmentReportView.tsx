import { useState } from 'preact/hooks';
import type { AssignmentReport } from '../../core/assignment/report.ts';
import { answerRows } from '../../core/assignment/table.ts';
import type { LmsLaunch } from '../../core/lms/connection.ts';
import { DeskHeader } from '../components/DeskHeader.tsx';
import { Icon } from '../components/Icon.tsx';
import { QrCode } from '../components/QrCode.tsx';
import { useServices } from '../context.ts';
import { CaseAnswers } from '../report/CaseAnswers.tsx';
import { downloadCsv, fileSlug } from '../report/download.ts';
import { useTableText } from '../report/tableText.ts';
import { CopyButton } from '../components/CopyButton.tsx';

interface ReportViewProps {
  readonly report: AssignmentReport;
  readonly code: string;
  /** Set while cases are left: back into the assignment. */
  readonly onContinue: (() => void) | undefined;
  /** The LMS the results also went to, if any. */
  readonly lms: LmsLaunch | undefined;
}

/** The student's report: score and pass or fail, every answer, and the result code to hand in. Printable. */
export function AssignmentReportView({ report, code, onContinue, lms }: ReportViewProps) {
  const { t, i18n } = useServices();
  const text = useTableText();
  const [printedAt] = useState(() => new Date());
  const { assignment } = report;
  return (
    <main class="desk assignment-report" id="main" tabIndex={-1}>
      <DeskHeader back={{ screen: 'title' }} backLabel={t('assignment.back')} icon="trophy" title={t('report.heading')}>
        <p class="desk-intro">
          {report.name || t('report.noName')}
          {assignment.classLabel ? ` · ${assignment.classLabel}` : ''} · {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(printedAt)}
        </p>
      </DeskHeader>
      <section class="score-card report-total" aria-labelledby="report-total-heading">
        <h2 id="report-total-heading" class="visually-hidden">
          {t('report.total')}
        </h2>
        <p class="score" data-testid="report-score">
          <span class="score-points">{t('results.score', { points: report.points, max: report.max })}</span>
          <span class="score-percent">{t('results.percent', { percent: report.percent })}</span>
        </p>
        {report.complete ? (
          <p class={`stamp stamp-${report.passed ? 'passed' : 'failed'}`} data-testid="report-verdict">
            <Icon name={report.passed ? 'right' : 'wrong'} size={22} /> {t(report.passed ? 'report.passed' : 'report.failed', { percent: assignment.passPercent })}
          </p>
        ) : (
          <p class="score-detail">{t('report.unfinished', { count: report.missing.length })}</p>
        )}
        {lms ? <p class="score-detail">{t('report.sentToLms')}</p> : null}
      </section>
      <div class="actions no-print">
        {onContinue ? (
          <button type="button" class="button primary" onClick={onContinue}>
            {t('assignment.continue')}
          </button>
        ) : null}
        {lms?.returnUrl && !onContinue ? (
          <a class="button primary" href={lms.returnUrl}>
            {t('report.backToLms')}
          </a>
        ) : null}
        <button type="button" class="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => downloadCsv(`${fileSlug('follow-the-shipment', assignment.classLabel ?? '', report.name)}.csv`, answerRows([report], text))}
        >
          {t('report.downloadCsv')}
        </button>
      </div>
      {report.complete ? (
        <section class="sheet result-code" aria-labelledby="result-code-heading">
          <h2 id="result-code-heading">{t('report.codeHeading')}</h2>
          <p>{t('report.codeHelp')}</p>
          <div class="result-code-body">
            <QrCode text={code} label={t('report.codeQr')} size={220} />
            <div>
              <p class="code-text" data-testid="result-code" lang="zxx">
                {code}
              </p>
              <CopyButton text={code} label={t('report.copyCode')} />
            </div>
          </div>
          <p class="field-help">{t('report.codeHonesty')}</p>
        </section>
      ) : null}
      {report.cases.map((c) => (
        <CaseAnswers key={c.level.id} result={c} headingLevel={2} />
      ))}
    </main>
  );
}
