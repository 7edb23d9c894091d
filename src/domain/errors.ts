/** The one error every parser of user input throws: a message plus the JSON path it is about. */
export class PolicyError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'PolicyError';
    this.path = path;
  }
}
