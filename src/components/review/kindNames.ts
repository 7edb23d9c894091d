import type { QueueKind } from '../../domain/review';

/** How each kind of review item is named in counts: "1 question", "3 term cards". */
export const KIND_NAMES: Record<QueueKind, { one: string; many: string; filter: string }> = {
  question: { one: 'question', many: 'questions', filter: 'Questions' },
  term: { one: 'term card', many: 'term cards', filter: 'Terms' },
  trap: { one: 'trap card', many: 'trap cards', filter: 'Traps' },
  number: { one: 'number card', many: 'number cards', filter: 'Numbers' },
};

/** "2 questions", "2 questions and 1 term card", "1 question, 2 term cards and 3 number cards". */
export function describeCounts(counts: Partial<Record<QueueKind, number>>): string {
  const parts = (Object.keys(KIND_NAMES) as QueueKind[])
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => {
      const n = counts[kind]!;
      return `${n} ${n === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many}`;
    });
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
