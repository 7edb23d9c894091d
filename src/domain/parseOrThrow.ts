import type * as z from 'zod/mini';
import { joinPath, PolicyError } from './errors';

function pathOf(issue: z.core.$ZodIssue) {
  return issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses objects carrying keys that could reach Object.prototype. Schemas would quietly drop
 * them; input from links and files is refused outright instead, saying where.
 */
export function rejectForbiddenKeys(value: unknown, at = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => rejectForbiddenKeys(item, `${at}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const path = at ? `${at}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) throw new PolicyError(path, `the key "${key}" is not allowed`);
      rejectForbiddenKeys((value as Record<string, unknown>)[key], path);
    }
  }
}

/**
 * Parses JSON text; a syntax error becomes a PolicyError at `at`, its problem worded by `problem`
 * from the parser's own message.
 */
export function parseJsonOrThrow(
  text: string,
  at: string,
  problem: (reason: string) => string,
): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PolicyError(at, problem(error instanceof Error ? error.message : String(error)));
  }
}

/** Parses with a zod schema, turning its first issue into a PolicyError at `at` + the path. */
export function parseOrThrow<T>(schema: z.ZodMiniType<T>, value: unknown, at: string): T {
  rejectForbiddenKeys(value, at);
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new PolicyError(joinPath(at, pathOf(issue)), issue.message);
  }
  return result.data;
}

/**
 * The parse function of one schema, typed as `T`. A cast there only narrows `T | undefined`
 * optionals to `T?` (exactOptionalPropertyTypes): parsed JSON never holds an explicit undefined.
 */
export function schemaParser<T>(schema: z.ZodMiniType): (value: unknown, at?: string) => T {
  return (value, at = '') => parseOrThrow(schema, value, at) as T;
}
