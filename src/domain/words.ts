/** "1 day", "3 days": a count and its noun, plural when the count is not 1. */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * "12,345": a whole number with thousands separators, as English writes it. Plain string work,
 * not toLocaleString: a page's first Intl call costs tens of milliseconds while it loads locale
 * data, and a lesson formats its word count as it hydrates.
 */
export const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
