import type { Question } from '../../../core/content/schema.ts';
import { useServices } from '../../context.ts';
import { ChoiceList } from './ChoiceList.tsx';
import type { QuestionControlProps } from './types.ts';

type MapPick = Extract<Question, { type: 'map-pick' }>;

/** Choose a place: click it on the map, or pick it from this list (the map's clicks land here too). */
export function MapPickAnswer({ question, presentation, draft, onDraft, locked, tl, labelId }: QuestionControlProps<MapPick>) {
  const { t } = useServices();
  return (
    <>
      <p class="control-note">{t('quiz.mapPick')}</p>
      <ChoiceList
        name={`q-${question.id}`}
        options={presentation.map((place) => ({ value: place, label: tl(`places.${place}.name`), detail: tl(`places.${place}.detail`) }))}
        chosen={draft?.type === 'map-pick' ? [draft.place] : []}
        onToggle={(place) => onDraft({ type: 'map-pick', place })}
        locked={locked}
        labelledBy={labelId}
      />
    </>
  );
}
