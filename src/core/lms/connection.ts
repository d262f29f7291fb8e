/**
 * What the game tells a learning management system (SCORM 1.2 / 2004) or a learning record store
 * (xAPI, cmi5) during an assignment. One interface for all of them, so the assignment screen does not
 * care which one the teacher uses; without one, nothing is sent anywhere.
 */
import type { AssignmentReport, CaseResult } from '../assignment/report.ts';

export type LmsKind = 'scorm-1.2' | 'scorm-2004' | 'cmi5' | 'xapi';

export interface LmsLaunch {
  readonly kind: LmsKind;
  /** The learner's name as the LMS knows it ("Last, First" is turned round by the connection). */
  readonly learnerName?: string;
  /** The learner's language preference, when the LMS has one. */
  readonly language?: string;
  /** An assignment query (as in a link) the LMS launched the game with, e.g. SCORM launch data. */
  readonly launchQuery?: string;
  /** A result code saved in an earlier session of this attempt (suspend data, state), to resume from. */
  readonly resumeCode?: string;
  /** The LMS's pass mark in percent (SCORM mastery score, cmi5 masteryScore): it wins over the link's. */
  readonly passPercent?: number;
  /** Where the LMS wants the learner sent back when the assignment is over (cmi5 returnURL). */
  readonly returnUrl?: string;
  /** The learner's sound preference in the LMS (cmi5 audioPreference). */
  readonly audio?: boolean;
}

export interface LmsConnection extends LmsLaunch {
  /** A case was finished: its answers (one interaction/statement per question), the score so far, and the code to resume from. */
  caseFinished(report: AssignmentReport, finished: CaseResult, resumeCode: string): Promise<void>;
  /** Every case played: completion and pass/fail against the pass mark, then the session ends. */
  assignmentFinished(report: AssignmentReport): Promise<void>;
  /** The page is going away mid-assignment: keep what there is and end the session so it can resume. */
  suspend(): void;
}
