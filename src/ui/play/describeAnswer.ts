import type { TFunction } from 'i18next';
import type { Question } from '../../core/content/schema.ts';
import type { Answer } from '../../core/quiz/answers.ts';

/** An answer as readable text, in the level's language. */
export function describeAnswer(question: Question, answer: Answer, tl: TFunction, locale: string): string {
  const base = `questions.${question.id}`;
  switch (answer.type) {
    case 'single':
      return tl(`${base}.options.${answer.choice}`);
    case 'multiple':
      return new Intl.ListFormat(locale, { type: 'conjunction' }).format(answer.choices.map((c) => tl(`${base}.options.${c}`)));
    case 'ordering':
      return answer.order.map((item) => tl(`${base}.items.${item}`)).join(' → ');
    case 'numeric':
      return `${new Intl.NumberFormat(locale).format(answer.value)} ${tl(`${base}.unit`)}`;
  }
}
