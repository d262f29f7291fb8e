/**
 * "How do we know?": what kind of source stands behind a fact, what that kind
 * of source can and cannot show, and where to read it. Opens from any evidence
 * card or quiz answer, as a modal dialog that gives focus back when it closes.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Level } from '../../core/content/schema.ts';
import { Icon } from '../components/Icon.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { useServices } from '../context.ts';
import { useLevelText } from './levelText.ts';

export interface HowWeKnowRequest {
  readonly evidence: readonly string[];
  readonly sources: readonly string[];
}

const OpenContext = createContext<(request: HowWeKnowRequest) => void>(() => undefined);

/** A button that opens the panel for some evidence and sources. */
export function HowWeKnowButton({ request }: { readonly request: HowWeKnowRequest }) {
  const { t } = useServices();
  const open = useContext(OpenContext);
  return (
    <button type="button" class="link-button how-button" onClick={() => open(request)}>
      <Icon name="evidence" size={18} /> {t('howWeKnow.open')}
    </button>
  );
}

export function HowWeKnowProvider({ level, children }: { readonly level: Level; readonly children: ComponentChildren }) {
  const { t, catalog } = useServices();
  const tl = useLevelText(level.id);
  const [request, setRequest] = useState<HowWeKnowRequest | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (request && !dialog.current?.open) dialog.current?.showModal();
  }, [request]);

  const open = (next: HowWeKnowRequest) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setRequest(next);
  };
  const onClose = () => {
    setRequest(null);
    opener.current?.focus();
  };

  const cards = (request?.evidence ?? []).flatMap((id) => level.evidence.filter((e) => e.id === id));
  const kinds = [...new Set((request?.sources ?? []).flatMap((id) => catalog.sources.get(id)?.kind ?? []))];
  return (
    <OpenContext.Provider value={open}>
      {children}
      <dialog ref={dialog} class="how-dialog" aria-labelledby="how-title" onClose={onClose}>
        {request ? (
          <>
            <h2 id="how-title">{t('howWeKnow.title')}</h2>
            {cards.map((card) => (
              <section key={card.id} class="how-card" aria-labelledby={`how-${card.id}`}>
                <h3 id={`how-${card.id}`}>{tl(`evidence.${card.id}.title`)}</h3>
                <p class="how-line">
                  <Icon name={card.basis} size={24} /> <strong>{t('format.term', { term: t(`basis.${card.basis}`) })}</strong> {t(`basisExplain.${card.basis}`)}
                </p>
                <p class="how-line">
                  <span class={`stamp stamp-${card.status}`}>{t(`status.${card.status}`)}</span> {t(`statusExplain.${card.status}`)}
                </p>
                <p>{tl(`evidence.${card.id}.how`)}</p>
              </section>
            ))}
            <h3>{t('howWeKnow.sources')}</h3>
            <SourceList ids={request.sources} />
            <ul class="how-kinds">
              {kinds.map((kind) => (
                <li key={kind}>
                  <strong>{t('format.term', { term: t(`sourceKind.${kind}.name`) })}</strong> {t(`sourceKind.${kind}.explain`)}
                </li>
              ))}
            </ul>
            <form method="dialog">
              <button type="submit" class="button primary">
                {t('howWeKnow.close')}
              </button>
            </form>
          </>
        ) : null}
      </dialog>
    </OpenContext.Provider>
  );
}
