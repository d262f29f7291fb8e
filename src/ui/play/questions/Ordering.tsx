import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Question } from '../../../core/content/schema.ts';
import { useServices } from '../../context.ts';
import type { QuestionControlProps } from './types.ts';

type Ordering = Extract<Question, { type: 'ordering' }>;

/** Reorder with "move up/down" buttons: works by keyboard, touch and screen reader alike. */
export function OrderingAnswer({ question, presentation, draft, onDraft, locked, tl, labelId }: QuestionControlProps<Ordering>) {
  const { t, announce } = useServices();
  const order: readonly string[] = draft?.type === 'ordering' ? draft.order : presentation;
  const focusAfterMove = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // The order starts as an answer too: checking an untouched list is allowed.
  useEffect(() => {
    if (!draft) onDraft({ type: 'ordering', order: [...presentation] });
  }, [question.id]);

  // Before the next key press: a quick second press must act on the same item.
  useLayoutEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    listRef.current?.querySelector<HTMLButtonElement>(target)?.focus();
  });

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const item = order[index];
    if (item === undefined || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(index, 1);
    next.splice(to, 0, item);
    // Keep focus on the same button of the moved item, or its other button at either end.
    const edge = (by === -1 && to === 0) || (by === 1 && to === order.length - 1);
    focusAfterMove.current = `[data-item="${item}"] .${edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`;
    onDraft({ type: 'ordering', order: next });
    announce(t('quiz.ordering.moved', { item: tl(`questions.${question.id}.items.${item}`), position: to + 1, count: order.length }));
  };

  return (
    <ol class="ordering" aria-labelledby={labelId} ref={listRef}>
      {order.map((item, i) => {
        const text = tl(`questions.${question.id}.items.${item}`);
        return (
          <li key={item} data-item={item} class="ordering-item">
            <span class="ordering-position" aria-hidden="true">
              {i + 1}
            </span>
            <span class="ordering-text">{text}</span>
            <span class="ordering-buttons">
              <button type="button" class="icon-button up" disabled={locked || i === 0} aria-label={t('quiz.ordering.up', { item: text })} onClick={() => move(i, -1)}>
                <span aria-hidden="true">▲</span>
              </button>
              <button
                type="button"
                class="icon-button down"
                disabled={locked || i === order.length - 1}
                aria-label={t('quiz.ordering.down', { item: text })}
                onClick={() => move(i, 1)}
              >
                <span aria-hidden="true">▼</span>
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
