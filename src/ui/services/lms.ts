/**
 * The LMS or learning record store of this launch, if any: a SCORM runtime in a parent window, a cmi5
 * launch, or the LRS a teacher put in the assignment link. Without one the game sends nothing anywhere.
 */
import type { Assignment } from '../../core/assignment/link.ts';
import type { LmsConnection } from '../../core/lms/connection.ts';
import { connectScorm } from './scorm.ts';
import { connectXapi } from './xapi.ts';

export async function connectLms(assignment: Assignment | null, learner: () => string): Promise<LmsConnection | null> {
  return connectScorm() ?? (await connectXapi(location.search, assignment, learner));
}
