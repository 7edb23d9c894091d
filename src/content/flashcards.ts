import { buildDecks } from '../domain/review';
import { glossary } from './glossary';
import { numbers } from './numbers';
import { traps } from './traps';

/** Every flashcard, generated from the glossary, the traps and the number facts. */
export const flashcards = buildDecks({ glossary, traps, numbers });
export const flashcardsById = new Map(flashcards.map((c) => [c.id, c]));
