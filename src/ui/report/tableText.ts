import { levelNamespace } from '../../core/content/textKeys.ts';
import type { TableText } from '../../core/assignment/table.ts';
import { useServices } from '../context.ts';
import { describeAnswer } from '../play/describeAnswer.ts';

/** The words of report tables in the current language. */
export function useTableText(): TableText {
  const { i18n, t, locale } = useServices();
  const tl = (levelId: string) => i18n.getFixedT(i18n.language, levelNamespace(levelId));
  return {
    header: (column) => t(`report.column.${column}`),
    caseTitle: (levelId) => tl(levelId)('title'),
    prompt: (levelId, question) => tl(levelId)(`questions.${question.id}.prompt`),
    answer: (levelId, question, answer) => (answer ? describeAnswer(question, answer, t, tl(levelId), locale) : ''),
    verdict: (verdict) => (verdict === 'not-answered' ? t('results.notAnswered') : t(`verdict.${verdict}`)),
    yesNo: (value) => t(value ? 'report.yes' : 'report.no'),
  };
}
