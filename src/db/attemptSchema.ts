import * as z from 'zod/mini';
import type { Attempt } from './types';

const answers = z.record(z.string(), z.array(z.string()));

/** What an attempt row must look like to be resumed; anything else is "could not resume". */
export const attemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  mode: z.enum(['practice', 'exam']),
  scopeLabel: z.string(),
  questionIds: z.array(z.string()).check(z.minLength(1)),
  seed: z.number(),
  answers,
  flags: z.array(z.string()),
  createdAt: z.iso.datetime(),
  deadline: z.nullable(z.iso.datetime()),
  snapshot: z.unknown(),
  status: z.enum(['in-progress', 'submitted']),
  submittedAt: z.nullable(z.iso.datetime()),
  result: z.nullable(
    z.object({
      correct: z.number(),
      total: z.number(),
      percent: z.number(),
      usedSeconds: z.number(),
      perQuestion: z.record(z.string(), z.boolean()),
    }),
  ),
});

export type AttemptCheck = { ok: true; attempt: Attempt } | { ok: false; problem: string };

export function checkAttempt(row: unknown): AttemptCheck {
  const parsed = attemptSchema.safeParse(row);
  if (parsed.success) return { ok: true, attempt: parsed.data as Attempt };
  const issue = parsed.error.issues[0]!;
  return { ok: false, problem: `${issue.path.join('.') || 'attempt'}: ${issue.message}` };
}
