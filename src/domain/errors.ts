/**
 * The one error every parser of user input throws: what is wrong (`problem`) and the JSON path
 * it is about (`path`), kept apart; the message joins them for display ("path: problem").
 */
export class PolicyError extends Error {
  readonly path: string;
  readonly problem: string;

  constructor(path: string, problem: string) {
    super(located({ path, message: problem }));
    this.name = 'PolicyError';
    this.path = path;
    this.problem = problem;
  }

  /** The same problem, seen from a document that holds this one at `at` ("start", "scenario"). */
  under(at: string): PolicyError {
    return new PolicyError(joinPath(at, this.path), this.problem);
  }
}

/** "rules[1].countUnit: only with since…" — a problem with its JSON path in front, when it has one. */
export function located(problem: { path: string; message: string }): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** `start` + `domain.name` → `start.domain.name`; `solution` + `[2].type` → `solution[2].type`. */
export function joinPath(outer: string, inner: string): string {
  if (!outer || !inner) return outer || inner;
  return inner.startsWith('[') ? `${outer}${inner}` : `${outer}.${inner}`;
}
