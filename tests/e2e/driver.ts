/**
 * Plays a case through the real UI, either with the mouse (including clicks on
 * the map) or with the keyboard alone. Tests plan answers as the core's Answer
 * values; the driver enters them through each question type's own control.
 */
import type { Page } from '@playwright/test';
import type { Level, Question } from '../../src/core/content/schema.ts';
import type { ManifestAnswer } from '../../src/core/manifest.ts';
import { correctAnswer, type Answer } from '../../src/core/quiz/answers.ts';
import { startQuiz } from '../../src/core/quiz/session.ts';
import { expect, expectPhase, type LevelText } from './support.ts';

export type Input = 'mouse' | 'keyboard';

/** A deliberately wrong answer of the question's own type (0 points). */
export function wrongAnswer(question: Question, presentation: readonly string[]): Answer {
  const other = <T,>(values: readonly T[], right: T) => values.find((v) => v !== right) as T;
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: other(presentation, question.answer) };
    case 'multiple':
      return { type: 'multiple', choices: [presentation.find((o) => !question.answers.includes(o)) as string] };
    case 'ordering':
      return { type: 'ordering', order: [...question.items].reverse() };
    case 'numeric':
      return { type: 'numeric', value: question.answer + question.tolerance + 1 };
    case 'map-pick':
      return { type: 'map-pick', place: other(presentation, question.answer) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.item, other(presentation, p.match)])) };
    case 'detective':
      return { type: 'detective', verdict: question.verdict === 'consistent' ? 'contradictory' : 'consistent', reason: other(presentation, question.reason) };
  }
}

export class Driver {
  readonly page: Page;
  readonly input: Input;
  readonly level: Level;
  readonly text: LevelText;

  constructor(page: Page, input: Input, level: Level, text: LevelText) {
    this.page = page;
    this.input = input;
    this.level = level;
    this.text = text;
  }

  /** Moves focus forward with Tab until the target has it, as a keyboard user does. */
  async tabTo(selector: string, max = 80): Promise<void> {
    // Like a person, wait until the control is on screen before reaching for it.
    await expect(this.page.locator(selector).first()).toBeVisible();
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  /** Clicks with the mouse, or reaches the control with Tab and presses Enter. */
  async activate(selector: string): Promise<void> {
    if (this.input === 'mouse') await this.page.locator(selector).first().click();
    else {
      await this.tabTo(selector);
      await this.page.keyboard.press('Enter');
    }
  }

  /** Opens the case at a given seed (fixing which questions are asked, in which order), in a language given by the link. */
  async open(seed: number, lang?: string): Promise<void> {
    const path = `/#/play/${this.level.id}?seed=${seed}${lang ? `&lang=${lang}` : ''}`;
    // Following the same link again is not a navigation: load it afresh.
    if (this.page.url().endsWith(path)) await this.page.reload();
    else await this.page.goto(path);
    // A cold link loads the whole game (engine, content, a language and its fonts): on a busy two-core
    // machine running two browsers that can take longer than one step of play.
    await expectPhase(this.page, 'Briefing', 30_000);
  }

  /** The whole trace, right picks only: on the map (mouse) or from the list (keyboard). */
  async trace(options: { readonly onArrive?: (stepId: string) => Promise<void> } = {}): Promise<void> {
    await this.activate('.briefing button');
    const trace = this.page.locator('.trace');
    for (const [i, step] of this.level.steps.entries()) {
      await expect(trace).toHaveAttribute('data-view', 'choosing');
      if (this.input === 'mouse' && step.answer !== 'unknown') await this.page.locator(`.map-hotspot[data-place="${step.answer}"]`).click();
      else await this.activate(`.stop[data-place="${step.answer}"]`);
      // The panel names the place reached (in the case's language), or says the trail ends.
      await expect(trace).toHaveAttribute('data-view', step.answer === 'unknown' ? 'trail-ends' : 'arrived', { timeout: 20_000 });
      if (step.answer !== 'unknown') await expect(trace.locator('h2')).toContainText(this.text.places[step.answer]?.name ?? step.answer);
      await expect(trace.locator('h2')).toBeFocused();
      await options.onArrive?.(step.id);
      await this.activate('.trace .actions button');
      if (i === this.level.steps.length - 1) await expectPhase(this.page, this.level.manifest ? 'Manifest' : 'Quiz');
    }
  }

  /** Ticks the manifest lines and fills in their numbers, then checks it and moves on to the quiz. */
  async manifest(answer: ManifestAnswer): Promise<void> {
    for (const [item, quantity] of Object.entries(answer)) {
      const line = `.manifest-line[data-item="${item}"]`;
      if (this.input === 'mouse') await this.page.locator(`${line} input[type=checkbox]`).check();
      else {
        await this.tabTo(`${line} input[type=checkbox]`);
        await this.page.keyboard.press('Space');
      }
      if (quantity === null) continue;
      if (this.input === 'mouse') await this.page.locator(`${line} input[type=number]`).fill(String(quantity));
      else {
        await this.tabTo(`${line} input[type=number]`);
        await this.page.keyboard.type(String(quantity));
      }
    }
    await this.activate('.manifest button[type=submit]');
    await expect(this.page.locator('#manifest-result')).toBeFocused();
  }

  /** Picks one value in a radio group: click it, or Tab into the group and move with the arrow keys. */
  private async radio(group: string, value: string): Promise<void> {
    const target = `${group} input[value="${value}"]`;
    if (this.input === 'mouse') return this.page.locator(target).check();
    await this.tabTo(`${group} input[type=radio]`);
    await this.page.keyboard.press('Space');
    for (let i = 0; i < 12 && !(await this.page.locator(target).isChecked()); i++) await this.page.keyboard.press('ArrowDown');
    await expect(this.page.locator(target)).toBeChecked();
  }

  private async checkbox(selector: string): Promise<void> {
    if (this.input === 'mouse') return this.page.locator(selector).check();
    await this.tabTo(selector);
    await this.page.keyboard.press('Space');
  }

  /** Enters an answer through the question's own control, then checks it. */
  async answer(question: Question, answer: Answer, presentation: readonly string[]): Promise<void> {
    const page = this.page;
    switch (answer.type) {
      case 'single':
        await this.radio('.quiz .choices', answer.choice);
        break;
      case 'multiple':
        for (const choice of answer.choices) await this.checkbox(`.quiz input[type=checkbox][value="${choice}"]`);
        break;
      case 'numeric':
        if (this.input === 'mouse') await page.locator('.quiz input[type=number]').fill(String(answer.value));
        else {
          await this.tabTo('.quiz input[type=number]');
          await page.keyboard.type(String(answer.value));
        }
        break;
      case 'map-pick':
        // By mouse the place is clicked on the map itself; by keyboard it is chosen from the list.
        if (this.input === 'mouse') {
          await page.locator(`.map-hotspot[data-place="${answer.place}"]`).click();
          await expect(page.locator(`.quiz input[value="${answer.place}"]`)).toBeChecked();
        } else await this.radio('.quiz .choices', answer.place);
        break;
      case 'matching':
        for (const [item, match] of Object.entries(answer.matches)) {
          const select = `.quiz select#q-${question.id}-${item}`;
          if (this.input === 'mouse') await page.locator(select).selectOption(match);
          else {
            await this.tabTo(select);
            // A closed select moves through its options with the arrow keys ("Choose…" comes first).
            for (let i = 0; i <= presentation.indexOf(match); i++) await page.keyboard.press('ArrowDown');
          }
          await expect(page.locator(select)).toHaveValue(match);
        }
        break;
      case 'detective':
        await this.radio(`.quiz fieldset[aria-labelledby="q-${question.id}-verdict"]`, answer.verdict);
        await this.radio(`.quiz fieldset[aria-labelledby="q-${question.id}-reason"]`, answer.reason);
        break;
      case 'ordering': {
        const positions = async () => page.locator('.ordering-item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['item'] ?? ''));
        for (const [target, item] of answer.order.entries()) {
          if ((await positions()).indexOf(item) <= target) continue;
          if (this.input === 'keyboard') await this.tabTo(`.ordering-item[data-item="${item}"] button.up`);
          // By keyboard, focus stays on the moved item's button, so Enter can be pressed again.
          while ((await positions()).indexOf(item) > target) {
            if (this.input === 'mouse') await page.locator(`.ordering-item[data-item="${item}"] button.up`).click();
            else await page.keyboard.press('Enter');
          }
        }
        break;
      }
    }
    await this.activate('.quiz button[type=submit]');
    await expect(page.locator('#feedback-heading')).toBeFocused();
  }

  /** Goes to the next question (or the results after the last). */
  async next(): Promise<void> {
    await this.activate('.feedback .actions button');
  }

  /** The question on screen, found by its prompt, and the order its options are shown in. */
  async current(): Promise<{ question: Question; presentation: readonly string[] }> {
    const prompt = await this.page.locator('.question-prompt').textContent();
    const question = this.level.questions.find((q) => this.text.questions[q.id]?.prompt === prompt);
    if (!question) throw new Error(`No question with the prompt "${prompt}"`);
    const presentation = await this.page.locator('.quiz').evaluate((quiz, type) => {
      const values = (selector: string) => [...quiz.querySelectorAll<HTMLInputElement>(selector)].map((e) => e.value);
      if (type === 'ordering') return [...quiz.querySelectorAll<HTMLElement>('.ordering-item')].map((e) => e.dataset['item'] ?? '');
      if (type === 'matching') return values('select:first-of-type option:not([value=""])');
      if (type === 'detective') return values('fieldset:last-of-type input');
      return values('.choices input');
    }, question.type);
    return { question, presentation };
  }

  /**
   * After the trace: the manifest right, and every question answered right — or wrong where `wrongAt`
   * says so for its position — each checked as such (in any language), to the results. `look` runs on
   * the manifest and on the first question and feedback of each type, for screenshots and checks.
   * Returns the points the results must show, how many questions were asked, and those answered wrong.
   */
  async solveRest(look: (moment: string) => Promise<void> = async () => undefined, wrongAt: (index: number) => boolean = () => false): Promise<{ points: number; max: number; asked: number; wrong: string[] }> {
    const page = this.page;
    let points = 0;
    if (this.level.manifest) {
      await this.manifest(Object.fromEntries(this.level.manifest.items.map((i) => [i.id, i.quantity ?? null])));
      await expect(page.locator('.manifest .feedback')).toHaveClass(/feedback-right/);
      await look('manifest');
      await this.activate('.manifest .feedback button');
      points += 10;
    }
    await expectPhase(page, 'Quiz');
    let max = points;
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (let asked = 0; ; asked++) {
      if ((await page.locator('.quiz').count()) === 0) {
        await expectPhase(page, 'Results');
        return { points, max, asked, wrong };
      }
      const { question, presentation } = await this.current();
      const first = !seen.has(question.type);
      seen.add(question.type);
      if (first) await look(`question-${question.type}`);
      const right = !wrongAt(asked);
      await this.answer(question, right ? correctAnswer(question) : wrongAnswer(question, presentation), presentation);
      await expect(page.locator('.feedback')).toHaveClass(right ? /feedback-right/ : /feedback-(wrong|partial)/);
      if (first) await look(`feedback-${question.type}`);
      if (right) points += question.points;
      else wrong.push(question.id);
      max += question.points;
      await this.next();
    }
  }

  /** The questions an attempt at this seed asks, as the core draws them. */
  askedAt(seed: number): Question[] {
    return startQuiz(this.level, seed).questionIds.map((id) => this.level.questions.find((q) => q.id === id) as Question);
  }
}

export { correctAnswer };
