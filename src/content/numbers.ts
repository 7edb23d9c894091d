import type { NumberFact } from '../domain/content/schemas';
import entries from '../../content/numbers.json';

export const numbers: NumberFact[] = entries;
