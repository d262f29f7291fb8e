import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { assignmentHash, cleanLabel, readAssignment, secondsPerCase, type Assignment, type ReadAssignment } from '../../core/assignment/link.ts';
import { buildReport, caseResult } from '../../core/assignment/report.ts';
import { decodeResultCode, encodeResultCode } from '../../core/assignment/resultCode.ts';
import { emptyRun, readRun, saveRun, withCase, withStart, type AssignmentRun, type CaseRecord } from '../../core/assignment/run.ts';
import type { Level } from '../../core/content/schema.ts';
import type { LmsConnection } from '../../core/lms/connection.ts';
import { parseQuery } from '../../core/route.ts';
import { useServices } from '../context.ts';
import { AVAILABLE_LOCALES } from '../i18n.ts';
import { PlayScreen } from '../screens/PlayScreen.tsx';
import { connectLms } from '../services/lms.ts';
import { AssignmentReportView } from './AssignmentReportView.tsx';
import { AssignmentStart } from './AssignmentStart.tsx';

/** Which part of the assignment the link shows: `step` is a case id or "report"; absent, the start page. */
const STEP = 'step';

const stepHash = (assignment: Assignment, step?: string) => `${assignmentHash(assignment)}${step ? `&${STEP}=${encodeURIComponent(step)}` : ''}`;

type Lms = { readonly state: 'connecting' } | { readonly state: 'ready'; readonly connection: LmsConnection | null };

/**
 * A teacher's assignment, as the student plays it: the start page (settings, name), each case in turn
 * with the teacher's settings, then the report with the result code. The run is saved after each case,
 * so a reload or a closed laptop loses at most the case in progress.
 */
export function AssignmentScreen({ params }: { readonly params: ReadonlyMap<string, string> }) {
  const { catalog, store, onStorageNotice, settings, onSettings } = useServices();
  const levels = useMemo(() => new Map<string, Level>(catalog.levels.map((l) => [l.id, l])), [catalog]);
  const known = useMemo(() => ({ levelIds: new Set(levels.keys()), languages: new Set(AVAILABLE_LOCALES) }), [levels]);
  const fromLink = useMemo(() => readAssignment(params, known), [params, known]);
  const name = useRef('');
  const [lms, setLms] = useState<Lms>({ state: 'connecting' });

  useEffect(() => {
    connectLms(fromLink.assignment, () => name.current).then(
      (connection) => {
        // The learner's sound preference in the LMS applies from the start (cmi5 asks for it).
        if (connection?.audio !== undefined) onSettings({ ...settings, sound: { ...settings.sound, muted: !connection.audio } });
        setLms({ state: 'ready', connection });
      },
      (error: unknown) => {
        console.warn('No connection to the LMS', error);
        setLms({ state: 'ready', connection: null });
      },
    );
  }, []);

  if (lms.state === 'connecting') return <main class="desk loading" id="main" tabIndex={-1} aria-busy="true" />;
  const connection = lms.connection;
  // An LMS launches with the assignment in its launch data when the address carries none.
  const launched: ReadAssignment = !params.has('v') && connection?.launchQuery ? readAssignment(parseQuery(connection.launchQuery), known) : fromLink;
  // The LMS's pass mark decides pass or fail there, so the report must use the same.
  const read: ReadAssignment = launched.assignment && connection?.passPercent !== undefined ? { ...launched, assignment: { ...launched.assignment, passPercent: connection.passPercent } } : launched;
  return <AssignmentRunView key={read.assignment ? assignmentHash(read.assignment) : ''} read={read} step={params.get(STEP)} levels={levels} connection={connection} nameRef={name} store={store} onStorageNotice={onStorageNotice} />;
}

interface RunViewProps {
  readonly read: ReadAssignment;
  readonly step: string | undefined;
  readonly levels: ReadonlyMap<string, Level>;
  readonly connection: LmsConnection | null;
  readonly nameRef: { current: string };
  readonly store: ReturnType<typeof useServices>['store'];
  readonly onStorageNotice: ReturnType<typeof useServices>['onStorageNotice'];
}

function AssignmentRunView({ read, step, levels, connection, nameRef, store, onStorageNotice }: RunViewProps) {
  const { t } = useServices();
  const { assignment } = read;
  const key = assignment ? assignmentHash(assignment) : '';
  const [run, setRun] = useState<AssignmentRun>(() => {
    if (!assignment) return emptyRun(new Date());
    const saved = readRun(store, key, new Date());
    if (saved.notice) onStorageNotice(saved.notice);
    const resumed = connection?.resumeCode ? decodeResultCode(connection.resumeCode, levels) : undefined;
    // The LMS's copy wins when it knows more (the student moved to another computer).
    if (resumed?.ok && Object.keys(resumed.value.records).length > Object.keys(saved.value.records).length) return { ...saved.value, name: resumed.value.name, records: resumed.value.records };
    return saved.value.name === '' && connection?.learnerName ? { ...saved.value, name: connection.learnerName.slice(0, 60) } : saved.value;
  });
  nameRef.current = run.name;
  const finishedSent = useRef(false);
  // The case just finished stays on screen for its debrief, although the run now has it.
  const [justFinished, setJustFinished] = useState<string | null>(null);

  const save = (next: AssignmentRun) => {
    setRun(next);
    const notice = saveRun(store, key, next, new Date());
    if (notice) onStorageNotice(notice);
  };
  const level = assignment && step && assignment.levels.includes(step) && (!run.records[step] || justFinished === step) ? levels.get(step) : undefined;
  // The clock of a timed case starts when it is first opened, and keeps running if the student leaves it.
  useEffect(() => {
    if (level && !run.records[level.id]) save(withStart(run, level.id, new Date()));
  }, [level?.id]);

  useEffect(() => {
    if (!connection) return;
    const leave = () => {
      if (!finishedSent.current) connection.suspend();
    };
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [connection]);

  if (!assignment) return <AssignmentStart read={read} run={run} levels={levels} onName={() => undefined} onStart={() => undefined} />;

  const nextCase = assignment.levels.find((id) => !run.records[id]);
  const go = (to?: string) => {
    location.hash = stepHash(assignment, to);
  };
  if (level) {
    const onFinished = (record: CaseRecord) => {
      const next = withCase(run, level.id, record, new Date());
      setJustFinished(level.id);
      save(next);
      if (!connection) return;
      const report = buildReport(assignment, cleanLabel(next.name), next.records, levels);
      const code = encodeResultCode(assignment, cleanLabel(next.name), next.records, levels);
      void connection.caseFinished(report, caseResult(level, record), code).then(() => {
        if (!report.complete || finishedSent.current) return;
        finishedSent.current = true;
        return connection.assignmentFinished(report);
      });
    };
    const upcoming = assignment.levels.find((id) => id !== level.id && !run.records[id]);
    const seconds = secondsPerCase(assignment);
    const started = Date.parse(run.started[level.id] ?? new Date().toISOString());
    return (
      <PlayScreen
        key={level.id}
        level={level}
        assignment={{
          hints: assignment.hints,
          ...(seconds === undefined ? {} : { deadline: started + seconds * 1000 }),
          onFinished,
          next: upcoming ? { label: t('assignment.nextCase'), onNext: () => go(upcoming) } : { label: t('assignment.toReport'), onNext: () => go('report') },
          back: { href: stepHash(assignment), label: t('assignment.heading') },
        }}
      />
    );
  }

  const report = buildReport(assignment, cleanLabel(run.name), run.records, levels);
  if (step === 'report' || !nextCase) {
    const code = encodeResultCode(assignment, cleanLabel(run.name), run.records, levels);
    return <AssignmentReportView report={report} code={code} onContinue={nextCase ? () => go(nextCase) : undefined} lms={connection ?? undefined} />;
  }
  return <AssignmentStart read={read} run={run} levels={levels} onName={(n) => save({ ...run, name: n })} onStart={() => go(nextCase)} />;
}
