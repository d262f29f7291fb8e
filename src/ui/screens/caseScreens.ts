/** The screens that need the quiz and the map geometry: a chunk of their own, not needed by the first screen. */
export { CampaignScreen } from './CampaignScreen.tsx';
export { PlayScreen } from './PlayScreen.tsx';
export { AssignmentScreen } from '../assignment/AssignmentScreen.tsx';
