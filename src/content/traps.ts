import type { Trap } from '../domain/content/schemas';
import entries from '../../content/traps.json';

export const traps: Trap[] = entries;
export const trapsById = new Map(traps.map((t) => [t.id, t]));
