import type { TFunction } from 'i18next';
import type { Question } from '../../core/content/schema.ts';
import type { Answer } from '../../core/quiz/answers.ts';

/** An answer as readable text, in the player's language. `t` is for UI words, `tl` for the level's own text. */
export function describeAnswer(question: Question, answer: Answer, t: TFunction, tl: TFunction, locale: string): string {
  const base = `questions.${question.id}`;
  const list = (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  switch (answer.type) {
    case 'single':
      return tl(`${base}.options.${answer.choice}`);
    case 'multiple':
      return list(answer.choices.map((c) => tl(`${base}.options.${c}`)));
    case 'ordering':
      return answer.order.map((item) => tl(`${base}.items.${item}`)).join(' → ');
    case 'numeric':
      return `${new Intl.NumberFormat(locale, { useGrouping: !(question.type === 'numeric' && question.format === 'year') }).format(answer.value)} ${tl(`${base}.unit`)}`;
    case 'map-pick':
      return tl(`places.${answer.place}.name`);
    case 'matching':
      return Object.entries(answer.matches)
        .map(([item, match]) => `${t('format.term', { term: tl(`${base}.items.${item}`) })} ${tl(`${base}.matches.${match}`)}`)
        .join('; ');
    case 'detective':
      return `${t(`quiz.detective.${answer.verdict}`)}. ${answer.reason ? tl(`${base}.reasons.${answer.reason}`) : ''}`.trim();
  }
}
