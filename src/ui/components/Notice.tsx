import type { ComponentChildren } from 'preact';

export interface NoticeProps {
  readonly tone: 'info' | 'warning';
  readonly title: string;
  readonly children?: ComponentChildren;
}

/** A short message on paper; details for teachers go in a collapsed <details>. */
export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'warning' ? 'alert' : 'status'}>
      <p class="notice-title">{title}</p>
      {children}
    </div>
  );
}
