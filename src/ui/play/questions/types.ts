import type { TFunction } from 'i18next';
import type { Question } from '../../../core/content/schema.ts';
import type { Answer } from '../../../core/quiz/answers.ts';

/** What every question control receives. Each type has its own native, labelled HTML control. */
export interface QuestionControlProps<Q extends Question> {
  readonly question: Q;
  /** Option or item order for this attempt (shuffled by the core, seeded). */
  readonly presentation: readonly string[];
  /** The answer drafted so far, or the submitted one. */
  readonly draft: Answer | undefined;
  readonly onDraft: (answer: Answer | undefined) => void;
  /** True once the answer is checked: the control shows it but can no longer change it. */
  readonly locked: boolean;
  /** Translator bound to the level's namespace. */
  readonly tl: TFunction;
  /** Id of the element that labels the question (its prompt). */
  readonly labelId: string;
}
