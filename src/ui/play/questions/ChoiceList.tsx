/** A labelled group of radio buttons (or checkboxes): the native control behind most question types. */
export interface ChoiceListProps {
  readonly name: string;
  readonly options: readonly { readonly value: string; readonly label: string; readonly detail?: string }[];
  readonly chosen: readonly string[];
  readonly onToggle: (value: string) => void;
  readonly multiple?: boolean;
  readonly locked: boolean;
  /** Id of the element that names the group. */
  readonly labelledBy: string;
}

export function ChoiceList({ name, options, chosen, onToggle, multiple = false, locked, labelledBy }: ChoiceListProps) {
  return (
    <fieldset class="choices" aria-labelledby={labelledBy} disabled={locked}>
      {options.map(({ value, label, detail }) => (
        <label key={value} class={chosen.includes(value) ? 'choice selected' : 'choice'}>
          <input type={multiple ? 'checkbox' : 'radio'} name={name} value={value} checked={chosen.includes(value)} onChange={() => onToggle(value)} />
          <span class="choice-text">
            {label}
            {detail ? <span class="choice-detail">{detail}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
