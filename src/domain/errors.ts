/** The one error every parser of user input throws: a message plus the JSON path it is about. */
export class PolicyError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'PolicyError';
    this.path = path;
  }
}

/** "rules[1].countUnit: only with since…" — a problem with its JSON path in front, when it has one. */
export function located(problem: { path: string; message: string }): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
