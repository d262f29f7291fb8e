import { iconUrl } from '../icons.ts';

interface IconProps {
  readonly name: string;
  readonly size?: number;
  /** Text for screen readers; without it the icon is decorative and hidden from them. */
  readonly label?: string;
  readonly class?: string;
}

export function Icon({ name, size = 24, label, class: className }: IconProps) {
  return (
    <img
      class={className ? `icon ${className}` : 'icon'}
      src={iconUrl(name)}
      width={size}
      height={size}
      alt={label ?? ''}
      aria-hidden={label ? undefined : true}
      decoding="async"
    />
  );
}
