/** A problem in a content file, precise enough for a level author to fix it without reading code. */
export interface ContentError {
  /** Path of the file relative to the project, e.g. "content/levels/horse-train-2022.json". */
  readonly file: string;
  /** JSON path inside the file, e.g. "$.steps[2].answer"; "$" for the whole file. */
  readonly path: string;
  readonly message: string;
}

export function formatContentError(error: ContentError): string {
  return `${error.file} ${error.path}: ${error.message}`;
}
