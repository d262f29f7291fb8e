import { useState } from 'preact/hooks';
import type { Assignment } from '../../core/assignment/link.ts';
import { useServices } from '../context.ts';
import { downloadBlob, fileSlug } from '../report/download.ts';
import { buildScormPackage } from '../services/scormPackage.ts';

const VERSIONS = ['1.2', '2004'] as const;
type Version = (typeof VERSIONS)[number];

/** SCORM packages of this assignment, made in the browser from the site's own files, for the school's LMS. */
export function LmsPackages({ assignment }: { readonly assignment: Assignment }) {
  const { t } = useServices();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'building'; version: Version } | { kind: 'failed' } | { kind: 'done'; version: Version }>({ kind: 'idle' });
  const build = (version: Version) => {
    setState({ kind: 'building', version });
    const title = assignment.classLabel ? `${t('app.name')} — ${assignment.classLabel}` : t('app.name');
    buildScormPackage(version, assignment, title).then(
      (blob) => {
        downloadBlob(`${fileSlug('follow-the-shipment', assignment.classLabel ?? '', `scorm${version.replace('.', '')}`)}.zip`, blob);
        setState({ kind: 'done', version });
      },
      (error: unknown) => {
        console.warn('Could not build the SCORM package', error);
        setState({ kind: 'failed' });
      },
    );
  };
  return (
    <section class="sheet lms-packages no-print" aria-labelledby="lms-heading">
      <h2 id="lms-heading">{t('lms.heading')}</h2>
      <p>{t('lms.intro')}</p>
      <div class="actions">
        {VERSIONS.map((version) => (
          <button key={version} type="button" class="button" disabled={state.kind === 'building'} onClick={() => build(version)}>
            {t('lms.download', { version })}
          </button>
        ))}
      </div>
      <p role="status" class="field-help">
        {state.kind === 'building' ? t('lms.building', { version: state.version }) : state.kind === 'done' ? t('lms.done', { version: state.version }) : state.kind === 'failed' ? t('lms.failed') : ''}
      </p>
    </section>
  );
}
