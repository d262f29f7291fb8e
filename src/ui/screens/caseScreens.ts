/**
 * The screens that show the content (cases, codex, sources) and need the quiz and the map geometry:
 * a chunk of their own, loaded with the content, not needed by the title or the case list.
 */
export { CampaignScreen } from './CampaignScreen.tsx';
export { CodexScreen } from './CodexScreen.tsx';
export { CreditsScreen } from './CreditsScreen.tsx';
export { PlayScreen } from './PlayScreen.tsx';
export { AssignmentScreen } from '../assignment/AssignmentScreen.tsx';
