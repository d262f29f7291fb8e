/**
 * The LMS or learning record store of this launch, if any: a SCORM runtime in a parent window, a cmi5
 * launch, or the LRS a teacher put in the assignment link. Without one the game sends nothing anywhere.
 */
import type { Assignment } from '../../core/assignment/link.ts';
import type { LmsConnection } from '../../core/lms/connection.ts';

export async function connectLms(_assignment: Assignment | null, _learner: () => string): Promise<LmsConnection | null> {
  return null;
}
