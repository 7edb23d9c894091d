/** DOP-C02: 180 minutes for 75 questions, of which 65 are scored and 10 unscored (exam guide). */
export const EXAM_SECONDS = 180 * 60;
export const EXAM_QUESTIONS = 75;
/** The scored length: an exam simulation's default and longest mock. */
export const EXAM_SCORED_QUESTIONS = 65;
export const SECONDS_PER_QUESTION = EXAM_SECONDS / EXAM_QUESTIONS; // 144

export function examDurationSeconds(questionCount: number, multiplier: number): number {
  return Math.round(questionCount * SECONDS_PER_QUESTION * multiplier);
}

export function deadlineFor(startIso: string, questionCount: number, multiplier: number): string {
  return new Date(
    Date.parse(startIso) + examDurationSeconds(questionCount, multiplier) * 1000,
  ).toISOString();
}

/** Whole seconds left until the deadline, never negative: computed from the clock, never from ticks. */
export function secondsLeft(deadlineIso: string, nowMs: number): number {
  return Math.max(0, Math.ceil((Date.parse(deadlineIso) - nowMs) / 1000));
}

export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * Announcements at 10 % of the time left and at 5 minutes left: returns the one whose threshold
 * was crossed between two readings, if any.
 */
export function crossedWarning(totalSeconds: number, before: number, after: number): string | null {
  const tenPercent = Math.floor(totalSeconds * 0.1);
  if (before > 300 && after <= 300 && totalSeconds > 300) return '5 minutes left.';
  if (before > tenPercent && after <= tenPercent && tenPercent !== 300) {
    return `10% of your time is left: ${formatClock(after)}.`;
  }
  return null;
}
