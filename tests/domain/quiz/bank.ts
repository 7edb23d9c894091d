import type { Question } from '../../../src/domain/quiz/schema';

/** A question with only the fields selection reads; the rest of the schema does not matter here. */
export function fakeQuestion(fields: {
  id: string;
  lesson?: string;
  traps?: string[];
  family?: string;
  blueprint?: string;
  pool?: 'exam' | 'lesson' | undefined;
}): Question {
  return {
    lesson: fields.id.replace(/-\d{2}$/, ''),
    traps: [],
    family: fields.id,
    blueprint: 'line-a',
    ...fields,
  } as unknown as Question;
}
