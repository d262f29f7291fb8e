import type { ComponentChildren } from 'preact';
import { routeHash, type Route } from '../../core/route.ts';
import { SettingsButton } from '../settings/SettingsDialog.tsx';
import { Icon } from './Icon.tsx';

interface DeskHeaderProps {
  /** Where the back link goes, and what it says. */
  back: Route;
  backLabel: string;
  icon: string;
  title: string;
  /** Intro and links under the heading. */
  children?: ComponentChildren;
}

/** The header of every desk screen (case files, campaign, codex, credits): back link, settings, heading. */
export function DeskHeader({ back, backLabel, icon, title, children }: DeskHeaderProps) {
  return (
    <header class="desk-header">
      <div class="top-bar">
        <a class="back-link" href={routeHash(back)}>
          <span aria-hidden="true">←</span> {backLabel}
        </a>
        <SettingsButton />
      </div>
      <h1 tabIndex={-1}>
        <Icon name={icon} size={32} /> {title}
      </h1>
      {children}
    </header>
  );
}
