/** "1 day", "3 days": a count and its noun, plural when the count is not 1. */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
