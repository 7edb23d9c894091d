/**
 * Lenient reads and immutable writes over policy JSON of any shape, for the structured policy
 * forms: they show what they understand and keep everything else as it was.
 */
export type Json = Record<string, unknown>;

export const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
export const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
export const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
export const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
export const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Sets `key` to `value`, or removes it when value is undefined. */
export function set(o: Json, key: string, value: unknown): Json {
  const next = { ...o };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
