import type { Blueprint } from '../domain/content/schemas';
import data from '../../content/blueprint.json';

/** The exam guide's lines for task 1.3 with each line's weight (the build validates the file). */
export const blueprint = data as Blueprint;
export const blueprintLineById = new Map(blueprint.lines.map((l) => [l.id, l]));
