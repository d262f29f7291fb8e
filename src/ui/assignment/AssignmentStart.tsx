import { useId } from 'preact/hooks';
import { MAX_LABEL_LENGTH, withoutControls, type ReadAssignment } from '../../core/assignment/link.ts';
import type { AssignmentRun } from '../../core/assignment/run.ts';
import type { Level } from '../../core/content/schema.ts';
import { levelNamespace } from '../../core/content/textKeys.ts';
import { routeHash } from '../../core/route.ts';
import { DeskHeader } from '../components/DeskHeader.tsx';
import { Icon } from '../components/Icon.tsx';
import { Notice } from '../components/Notice.tsx';
import { useServices } from '../context.ts';
import { languageName } from '../i18n.ts';
import { linkProblemText } from '../report/problemText.ts';

interface AssignmentStartProps {
  readonly read: ReadAssignment;
  readonly run: AssignmentRun;
  readonly levels: ReadonlyMap<string, Level>;
  readonly onName: (name: string) => void;
  readonly onStart: () => void;
}

/** The first page of an assignment: what the teacher set, the cases in order, and the student's name. */
export function AssignmentStart({ read, run, levels, onName, onStart }: AssignmentStartProps) {
  const { t, i18n } = useServices();
  const nameId = useId();
  const { assignment, problems } = read;
  const started = Object.keys(run.records).length > 0 || Object.keys(run.started).length > 0;
  return (
    <main class="desk assignment" id="main" tabIndex={-1}>
      <DeskHeader back={{ screen: 'title' }} backLabel={t('assignment.back')} icon="assignment" title={t('assignment.heading')}>
        {assignment?.classLabel ? <p class="desk-intro">{t('assignment.forClass', { label: assignment.classLabel })}</p> : null}
      </DeskHeader>
      {problems.length > 0 ? (
        <Notice tone="warning" title={t(assignment ? 'assignment.problemsSome' : 'assignment.problemsAll')}>
          <ul class="problem-list">
            {problems.map((p, i) => (
              <li key={i}>{linkProblemText(p, t)}</li>
            ))}
          </ul>
          {assignment ? null : (
            <p>
              <a href={routeHash({ screen: 'levels' })}>{t('assignment.allCases')}</a>
            </p>
          )}
        </Notice>
      ) : null}
      {assignment ? (
        <>
          <section class="sheet assignment-settings" aria-labelledby="assignment-settings-heading">
            <h2 id="assignment-settings-heading">{t('assignment.settings')}</h2>
            <ul>
              <li>{t(assignment.hints ? 'assignment.hintsOn' : 'assignment.hintsOff')}</li>
              <li>
                {assignment.minutes === undefined
                  ? t('assignment.untimed')
                  : t('assignment.timed', { count: Math.round(assignment.minutes * (1 + assignment.extraPercent / 100)) })}
                {assignment.minutes !== undefined && assignment.extraPercent > 0 ? ` ${t('assignment.extraTime', { percent: assignment.extraPercent })}` : ''}
              </li>
              <li>{t('assignment.passMark', { percent: assignment.passPercent })}</li>
              {assignment.language ? <li>{t('assignment.language', { language: languageName(assignment.language) })}</li> : null}
              <li>{t('assignment.oneAttempt')}</li>
            </ul>
          </section>
          <section class="sheet" aria-labelledby="assignment-cases-heading">
            <h2 id="assignment-cases-heading">{t('assignment.cases', { count: assignment.levels.length })}</h2>
            <ol class="assignment-cases">
              {assignment.levels.map((id) => {
                const level = levels.get(id);
                const record = run.records[id];
                return (
                  <li key={id} data-level={id} class={record ? 'done' : ''}>
                    {level ? <Icon name={level.cargo} size={28} /> : null}
                    <span class="assignment-case-title">{i18n.t('title', { ns: levelNamespace(id) }) as string}</span>
                    <span class="assignment-case-status">{record ? t('assignment.caseDone') : t('assignment.caseToDo')}</span>
                  </li>
                );
              })}
            </ol>
          </section>
          <form
            class="sheet assignment-name"
            onSubmit={(event) => {
              event.preventDefault();
              onStart();
            }}
          >
            <label for={nameId}>{t('assignment.name')}</label>
            <p class="field-help" id={`${nameId}-help`}>
              {t('assignment.nameHelp')}
            </p>
            <input
              id={nameId}
              type="text"
              autocomplete="name"
              maxLength={MAX_LABEL_LENGTH}
              value={run.name}
              aria-describedby={`${nameId}-help`}
              onInput={(event) => onName(withoutControls(event.currentTarget.value))}
            />
            <div class="actions">
              <button type="submit" class="button primary">
                {t(started ? 'assignment.continue' : 'assignment.start')}
              </button>
            </div>
          </form>
        </>
      ) : null}
    </main>
  );
}
