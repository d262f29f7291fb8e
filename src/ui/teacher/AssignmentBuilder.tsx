import { useId, useState } from 'preact/hooks';
import { assignmentHash, cleanLabel, isLrsEndpoint, DEFAULT_PASS_PERCENT, MAX_EXTRA_PERCENT, MAX_LABEL_LENGTH, MAX_MINUTES, type Assignment } from '../../core/assignment/link.ts';
import { levelNamespace } from '../../core/content/textKeys.ts';
import { CopyButton } from '../components/CopyButton.tsx';
import { Icon } from '../components/Icon.tsx';
import { QrCode } from '../components/QrCode.tsx';
import { useServices } from '../context.ts';
import { AVAILABLE_LOCALES, languageName } from '../i18n.ts';
import { LmsPackages } from './LmsPackages.tsx';

/** A number field's text as a whole number in range, or undefined. */
function wholeIn(text: string, min: number, max: number): number | undefined {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** The link a student opens, on this same site. */
const studentLink = (assignment: Assignment) => `${location.origin}${location.pathname}${assignmentHash(assignment)}`;

export function AssignmentBuilder() {
  const { t, i18n, catalog } = useServices();
  const id = useId();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [language, setLanguage] = useState('');
  const [hints, setHints] = useState(true);
  const [timed, setTimed] = useState(false);
  const [minutes, setMinutes] = useState('20');
  const [extra, setExtra] = useState('0');
  const [pass, setPass] = useState(String(DEFAULT_PASS_PERCENT));
  const [classLabel, setClassLabel] = useState('');
  const [lrsEndpoint, setLrsEndpoint] = useState('');
  const [lrsAuth, setLrsAuth] = useState('');
  const title = (levelId: string) => i18n.t('title', { ns: levelNamespace(levelId) }) as string;

  const passPercent = wholeIn(pass, 0, 100);
  const minutesValue = timed ? wholeIn(minutes, 1, MAX_MINUTES) : undefined;
  const extraValue = wholeIn(extra, 0, MAX_EXTRA_PERCENT);
  const errors = {
    cases: chosen.length === 0 ? t('builder.error.cases') : undefined,
    pass: passPercent === undefined ? t('builder.error.range', { min: 0, max: 100 }) : undefined,
    minutes: timed && minutesValue === undefined ? t('builder.error.range', { min: 1, max: MAX_MINUTES }) : undefined,
    extra: timed && extraValue === undefined ? t('builder.error.range', { min: 0, max: MAX_EXTRA_PERCENT }) : undefined,
    lrs: lrsEndpoint.trim() !== '' && !isLrsEndpoint(lrsEndpoint.trim()) ? t('builder.error.lrs') : undefined,
  };
  const valid = Object.values(errors).every((e) => e === undefined);
  const label = cleanLabel(classLabel);
  const assignment: Assignment | undefined = valid
    ? {
        levels: chosen,
        hints,
        extraPercent: 0,
        passPercent: passPercent ?? DEFAULT_PASS_PERCENT,
        ...(language ? { language } : {}),
        ...(minutesValue === undefined ? {} : { minutes: minutesValue }),
        ...(label ? { classLabel: label } : {}),
        ...(lrsEndpoint.trim() ? { lrs: { endpoint: lrsEndpoint.trim(), auth: lrsAuth.trim() } } : {}),
      }
    : undefined;
  const withExtra = assignment && assignment.minutes !== undefined && (extraValue ?? 0) > 0 ? { ...assignment, extraPercent: extraValue ?? 0 } : undefined;

  const move = (levelId: string, by: -1 | 1) => {
    const i = chosen.indexOf(levelId);
    const j = i + by;
    if (i < 0 || j < 0 || j >= chosen.length) return;
    const next = [...chosen];
    [next[i], next[j]] = [next[j] as string, next[i] as string];
    setChosen(next);
  };
  const fieldError = (key: keyof typeof errors) =>
    errors[key] ? (
      <p class="field-error" id={`${id}-${key}-error`}>
        <Icon name="wrong" size={16} /> {errors[key]}
      </p>
    ) : null;
  const described = (key: keyof typeof errors) => (errors[key] ? { 'aria-describedby': `${id}-${key}-error`, 'aria-invalid': true } : {});

  return (
    <div class="builder">
      <form class="sheet builder-form no-print" onSubmit={(event) => event.preventDefault()}>
        <fieldset {...described('cases')}>
          <legend>{t('builder.cases')}</legend>
          <ul class="builder-cases">
            {catalog.levels.map((level) => (
              <li key={level.id}>
                <label>
                  <input
                    type="checkbox"
                    name="case"
                    value={level.id}
                    checked={chosen.includes(level.id)}
                    onChange={(event) => setChosen(event.currentTarget.checked ? [...chosen, level.id] : chosen.filter((c) => c !== level.id))}
                  />
                  <Icon name={level.cargo} size={22} /> {title(level.id)}
                </label>
              </li>
            ))}
          </ul>
          {fieldError('cases')}
        </fieldset>
        {chosen.length > 1 ? (
          <section class="builder-order" aria-labelledby={`${id}-order`}>
            <h3 id={`${id}-order`}>{t('builder.order')}</h3>
            <ol>
              {chosen.map((levelId, i) => (
                <li key={levelId} data-level={levelId}>
                  <span>{title(levelId)}</span>
                  <button type="button" class="button small" disabled={i === 0} onClick={() => move(levelId, -1)} aria-label={t('builder.moveUp', { title: title(levelId) })}>
                    ↑
                  </button>
                  <button type="button" class="button small" disabled={i === chosen.length - 1} onClick={() => move(levelId, 1)} aria-label={t('builder.moveDown', { title: title(levelId) })}>
                    ↓
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        <div class="field">
          <label for={`${id}-lang`}>{t('builder.language')}</label>
          <select id={`${id}-lang`} value={language} onChange={(event) => setLanguage(event.currentTarget.value)}>
            <option value="">{t('builder.languageStudent')}</option>
            {AVAILABLE_LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('builder.hints')}</legend>
          <label>
            <input type="radio" name="hints" checked={hints} onChange={() => setHints(true)} /> {t('builder.hintsOn')}
          </label>
          <label>
            <input type="radio" name="hints" checked={!hints} onChange={() => setHints(false)} /> {t('builder.hintsOff')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('builder.time')}</legend>
          <label>
            <input type="checkbox" checked={timed} onChange={(event) => setTimed(event.currentTarget.checked)} /> {t('builder.timed')}
          </label>
          {timed ? (
            <>
              <div class="field">
                <label for={`${id}-minutes`}>{t('builder.minutes')}</label>
                <input id={`${id}-minutes`} type="number" inputMode="numeric" min={1} max={MAX_MINUTES} value={minutes} onInput={(event) => setMinutes(event.currentTarget.value)} {...described('minutes')} />
                {fieldError('minutes')}
              </div>
              <div class="field">
                <label for={`${id}-extra`}>{t('builder.extra')}</label>
                <p class="field-help">{t('builder.extraHelp')}</p>
                <input id={`${id}-extra`} type="number" inputMode="numeric" min={0} max={MAX_EXTRA_PERCENT} step={5} value={extra} onInput={(event) => setExtra(event.currentTarget.value)} {...described('extra')} />
                {fieldError('extra')}
              </div>
            </>
          ) : (
            <p class="field-help">{t('builder.untimedHelp')}</p>
          )}
        </fieldset>
        <div class="field">
          <label for={`${id}-pass`}>{t('builder.pass')}</label>
          <input id={`${id}-pass`} type="number" inputMode="numeric" min={0} max={100} value={pass} onInput={(event) => setPass(event.currentTarget.value)} {...described('pass')} />
          {fieldError('pass')}
        </div>
        <div class="field">
          <label for={`${id}-class`}>{t('builder.class')}</label>
          <input id={`${id}-class`} type="text" maxLength={MAX_LABEL_LENGTH} value={classLabel} onInput={(event) => setClassLabel(event.currentTarget.value)} />
        </div>
        <details class="builder-lrs" open={lrsEndpoint !== ''}>
          <summary>{t('builder.lrs')}</summary>
          <p class="field-help">{t('builder.lrsHelp')}</p>
          <div class="field">
            <label for={`${id}-lrs`}>{t('builder.lrsEndpoint')}</label>
            <input id={`${id}-lrs`} type="url" value={lrsEndpoint} placeholder="https://lrs.example.org/xapi/" onInput={(event) => setLrsEndpoint(event.currentTarget.value)} {...described('lrs')} />
            {fieldError('lrs')}
          </div>
          <div class="field">
            <label for={`${id}-lrs-auth`}>{t('builder.lrsAuth')}</label>
            <input id={`${id}-lrs-auth`} type="text" autocomplete="off" spellcheck={false} value={lrsAuth} placeholder="Basic …" onInput={(event) => setLrsAuth(event.currentTarget.value)} />
          </div>
        </details>
      </form>
      {assignment ? (
        <>
          <AssignmentLink assignment={assignment} heading={t('builder.link')} />
          {withExtra ? <AssignmentLink assignment={withExtra} heading={t('builder.linkExtra', { percent: withExtra.extraPercent })} /> : null}
          <div class="actions no-print">
            <button type="button" class="button primary" onClick={() => window.print()}>
              {t('builder.print')}
            </button>
          </div>
          <Handout assignment={assignment} />
          <LmsPackages assignment={assignment} />
        </>
      ) : (
        <p class="builder-waiting no-print" role="status">
          {t('builder.incomplete')}
        </p>
      )}
    </div>
  );
}

function AssignmentLink({ assignment, heading }: { readonly assignment: Assignment; readonly heading: string }) {
  const { t } = useServices();
  const id = useId();
  const link = studentLink(assignment);
  return (
    <section class="sheet assignment-link no-print" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <div class="assignment-link-body">
        <QrCode text={link} label={t('builder.qr')} size={180} />
        <div>
          <label for={`${id}-url`}>{t('builder.linkLabel')}</label>
          <input id={`${id}-url`} class="link-field" type="text" readOnly value={link} data-testid="assignment-link" onFocus={(event) => event.currentTarget.select()} />
          <p class="actions">
            <CopyButton text={link} label={t('builder.copyLink')} />
            <a class="button" href={link} target="_blank" rel="noopener">
              {t('builder.tryIt')}
            </a>
          </p>
        </div>
      </div>
    </section>
  );
}

/** The one-page handout: only printed (see the print rules in styles.css). */
function Handout({ assignment }: { readonly assignment: Assignment }) {
  const { t, i18n } = useServices();
  const link = studentLink(assignment);
  return (
    <section class="handout print-only">
      <h2>{t('handout.title')}</h2>
      {assignment.classLabel ? <p class="handout-class">{assignment.classLabel}</p> : null}
      <ol class="handout-steps">
        <li>{t('handout.step1')}</li>
        <li>{t('handout.step2')}</li>
        <li>{t('handout.step3', { count: assignment.levels.length })}</li>
        <li>{t('handout.step4')}</li>
      </ol>
      <ul class="handout-cases">
        {assignment.levels.map((l) => (
          <li key={l}>{i18n.t('title', { ns: levelNamespace(l) }) as string}</li>
        ))}
      </ul>
      <QrCode text={link} label={t('builder.qr')} size={260} />
      <p class="handout-link">{link}</p>
    </section>
  );
}
