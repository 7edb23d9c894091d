/**
 * Small helpers the lifecycle parsers share: read JSON text, walk plain objects, and report every
 * problem as a PolicyError with the JSON path it is about.
 */
import { PolicyError } from '../errors';
import { parseJsonOrThrow } from '../parseOrThrow';

export type JsonObject = { readonly [key: string]: unknown };

/** Parses JSON text; a syntax error becomes a PolicyError at path '' that names the position. */
export function parseJsonText(text: unknown): unknown {
  if (typeof text !== 'string') {
    throw new PolicyError('', `expected JSON text, got ${text === null ? 'null' : typeof text}`);
  }
  return parseJsonOrThrow(text, '', (reason) => {
    const position = /position (\d+)/.exec(reason)?.[1] ?? String(text.length);
    return `invalid JSON at position ${position}: ${reason}`;
  });
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectObject(value: unknown, path: string, what: string): JsonObject {
  if (!isJsonObject(value)) {
    throw new PolicyError(path, `${what} must be a JSON object, got ${describe(value)}`);
  }
  return value;
}

export function expectArray(value: unknown, path: string, what: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new PolicyError(path, `${what} must be a JSON array, got ${describe(value)}`);
  }
  return value;
}

export function expectString(value: unknown, path: string, what: string): string {
  if (typeof value !== 'string') {
    throw new PolicyError(path, `${what} must be a string, got ${describe(value)}`);
  }
  return value;
}

export function expectInteger(
  value: unknown,
  path: string,
  what: string,
  min: number,
  max?: number,
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new PolicyError(path, `${what} must be an integer, got ${describe(value)}`);
  }
  if (value < min) throw new PolicyError(path, `${what} must be at least ${min}, got ${value}`);
  if (max !== undefined && value > max) {
    throw new PolicyError(path, `${what} must be at most ${max}, got ${value}`);
  }
  return value;
}

export function expectOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  what: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new PolicyError(
      path,
      `${what} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`,
    );
  }
  return value as T;
}

/** A property that must be there, as an integer: "<key> is required" when it is missing. */
export function requiredInteger(
  object: JsonObject,
  key: string,
  path: string,
  min: number,
  max?: number,
): number {
  return expectInteger(required(object, key, path), join(path, key), key, min, max);
}

/** A property that must be there, with one of `allowed` as its value. */
export function requiredOneOf<T extends string>(
  object: JsonObject,
  key: string,
  allowed: readonly T[],
  path: string,
): T {
  return expectOneOf(required(object, key, path), allowed, join(path, key), key);
}

function required(object: JsonObject, key: string, path: string): unknown {
  if (!has(object, key)) throw new PolicyError(join(path, key), `${key} is required`);
  return object[key];
}

/** Rejects keys the schema does not know (AWS rejects them as malformed). */
export function rejectUnknownKeys(
  object: JsonObject,
  allowed: readonly string[],
  path: string,
): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      throw new PolicyError(
        join(path, key),
        `unknown property ${JSON.stringify(key)}; allowed: ${allowed.join(', ')}`,
      );
    }
  }
}

export function has(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}
