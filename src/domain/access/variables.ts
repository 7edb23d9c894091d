/**
 * The request context and policy variables (reference_policies_variables).
 */
import { LITERAL_QUESTION, LITERAL_STAR } from './match';

/** Context keys lower-cased: condition key names are case-insensitive (reference_policies_elements_condition). */
export type ContextMap = ReadonlyMap<string, readonly string[]>;

export function hasVariables(text: string): boolean {
  return text.includes('${');
}

const VARIABLE = /^\s*([^\s,]+)\s*(?:,\s*'([^']*)'\s*)?$/;

/**
 * Replace `${key}` (and `${key, 'default'}`) with the request's value; `${*}`, `${?}`, `${$}`
 * stand for the literal characters. Returns null when a variable has no single value and no
 * default: the policy value then matches nothing (reference_policies_variables — a missing
 * key makes the comparison fail).
 */
export function substitute(text: string, context: ContextMap): string | null {
  let out = '';
  let i = 0;
  for (;;) {
    const open = text.indexOf('${', i);
    if (open === -1) return out + text.slice(i);
    const close = text.indexOf('}', open + 2);
    if (close === -1) return out + text.slice(i);
    out += text.slice(i, open);
    const inner = text.slice(open + 2, close);
    if (inner === '*') out += LITERAL_STAR;
    else if (inner === '?') out += LITERAL_QUESTION;
    else if (inner === '$') out += '$';
    else {
      const m = VARIABLE.exec(inner);
      if (!m) return null;
      const values = context.get((m[1] as string).toLowerCase());
      if (values && values.length === 1) out += values[0] as string;
      else if (m[2] !== undefined) out += m[2];
      else return null;
    }
    i = close + 1;
  }
}
