import type { TFunction } from 'i18next';
import type { LinkProblem } from '../../core/assignment/link.ts';
import type { CodeError } from '../../core/assignment/resultCode.ts';

/** What is wrong with an assignment link, in the player's language. */
export function linkProblemText(problem: LinkProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'too-long':
      return t('assignment.problem.tooLong');
    case 'unknown-version':
      return t('assignment.problem.unknownVersion', { version: problem.version });
    case 'no-cases':
      return t('assignment.problem.noCases');
    case 'unknown-case':
      return t('assignment.problem.unknownCase', { id: problem.id });
    case 'too-many-cases':
      return t('assignment.problem.tooManyCases', { count: problem.max });
    case 'unknown-language':
      return t('assignment.problem.unknownLanguage', { language: problem.language });
    case 'bad-setting':
      return t('assignment.problem.badSetting', { setting: problem.setting, value: problem.value });
  }
}

/** What is wrong with a result code, in the teacher's language. */
export function codeErrorText(error: CodeError, t: TFunction): string {
  switch (error.kind) {
    case 'unknown-case':
    case 'content-changed':
      return t(`review.error.${error.kind}`, { id: error.id });
    case 'too-long':
      return t('review.error.too-long', { count: error.length });
    default:
      return t(`review.error.${error.kind}`);
  }
}
