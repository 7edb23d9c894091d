import type { LessonFrontmatter } from './schemas';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2026-12-04" → "4 Dec 2026". Spelled out by hand rather than by Intl, so a prerendered page and
 * the browser that hydrates it print the same text whatever the locale or time zone.
 */
export function formatCheckedDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return name && year && day ? `${day} ${name} ${year}` : date;
}

/** When a lesson section's facts were checked: its own date, or else the lesson's. */
export function sectionChecked(
  lesson: Pick<LessonFrontmatter, 'checked' | 'sectionChecks'>,
  sectionId: string,
): string {
  return lesson.sectionChecks?.[sectionId] ?? lesson.checked;
}
