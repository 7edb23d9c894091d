import type { GlossaryEntry } from '../domain/content/schemas';
import entries from '../../content/glossary.json';

export const glossary: GlossaryEntry[] = entries;
export const glossaryById = new Map(glossary.map((g) => [g.id, g]));
