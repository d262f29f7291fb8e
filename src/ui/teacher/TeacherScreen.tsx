import { routeHash, TEACHER_TABS, type TeacherTab } from '../../core/route.ts';
import { DeskHeader } from '../components/DeskHeader.tsx';
import { useServices } from '../context.ts';
import { AssignmentBuilder } from './AssignmentBuilder.tsx';
import { ReviewTab } from './ReviewTab.tsx';

/** The teachers' page, in the same static build: make an assignment; review the codes students hand in. */
export function TeacherScreen({ tab }: { readonly tab: TeacherTab }) {
  const { t } = useServices();
  return (
    <main class="desk teacher" id="main" tabIndex={-1}>
      <DeskHeader back={{ screen: 'title' }} backLabel={t('teacher.back')} icon="teacher" title={t('teacher.heading')}>
        <p class="desk-intro no-print">{t('teacher.intro')}</p>
      </DeskHeader>
      <nav class="tabs no-print" aria-label={t('teacher.tabs')}>
        {TEACHER_TABS.map((id) => (
          <a key={id} href={routeHash({ screen: 'teacher', tab: id })} aria-current={id === tab ? 'page' : undefined}>
            {t(`teacher.tab.${id}`)}
          </a>
        ))}
      </nav>
      {tab === 'create' ? <AssignmentBuilder /> : <ReviewTab />}
    </main>
  );
}
