/**
 * EventBridge event patterns (eventbridge/eb-event-patterns, eb-create-pattern-operators) and
 * routing: which enabled rule, and so which targets, each event reaches.
 */
import { glob } from '../access/match';
import { parseEventBridgeRule, validateEventPattern } from './schema';
import type { AwsEvent, EventBridgeRule, EventDelivery, RoutingResult } from './types';

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const NUMERIC: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function numericMatches(conditions: Json, value: Json): boolean {
  if (typeof value !== 'number' || !Array.isArray(conditions)) return false;
  for (let i = 0; i + 1 < conditions.length; i += 2) {
    const test = NUMERIC[String(conditions[i])];
    if (test === undefined || !test(value, Number(conditions[i + 1]))) return false;
  }
  return true;
}

/** One element of a pattern array against one event value (eb-create-pattern-operators). */
function matchesOne(item: Json, value: Json): boolean {
  if (!isObject(item)) return item === value;
  const [op, arg] = Object.entries(item)[0] ?? [];
  const text = typeof value === 'string' ? value : null;
  switch (op) {
    case 'prefix':
      return text !== null && typeof arg === 'string' && text.startsWith(arg);
    case 'suffix':
      return text !== null && typeof arg === 'string' && text.endsWith(arg);
    case 'equals-ignore-case':
      return text !== null && typeof arg === 'string' && text.toLowerCase() === arg.toLowerCase();
    case 'wildcard':
      return text !== null && typeof arg === 'string' && glob(arg, text);
    case 'numeric':
      return numericMatches(arg, value);
    case 'anything-but':
      if (value === undefined) return false;
      if (Array.isArray(arg)) return !arg.includes(value);
      if (isObject(arg)) return !matchesOne(arg, value);
      return arg !== value;
    default:
      return false;
  }
}

function fieldMatches(allowed: Json[], value: Json): boolean {
  // exists: true needs the field, exists: false its absence (eb-create-pattern-operators)
  const exists = allowed.find((a) => isObject(a) && 'exists' in a) as
    { exists: boolean } | undefined;
  if (exists !== undefined) return (value !== undefined) === exists.exists;
  // an array in the event matches when any of its elements matches (eb-event-patterns)
  const values = Array.isArray(value) ? value : [value];
  return values.some((v) => v !== undefined && allowed.some((a) => matchesOne(a, v)));
}

function objectMatches(pattern: Record<string, Json>, event: Json): boolean {
  const obj = isObject(event) ? event : {};
  return Object.entries(pattern).every(([key, expected]) =>
    isObject(expected)
      ? objectMatches(expected, obj[key])
      : fieldMatches(expected as Json[], obj[key]),
  );
}

/** Whether the pattern matches the event: every field it names must match (eb-event-patterns). */
export function matchesEventPattern(pattern: Record<string, unknown>, event: AwsEvent): boolean {
  validateEventPattern(pattern);
  return objectMatches(pattern, event);
}

/** Which enabled rules, and so which targets, each event reaches; the rest reach nobody. */
export function routeEvents(rules: EventBridgeRule[], events: AwsEvent[]): RoutingResult {
  const parsed = rules.map((r, i) => parseEventBridgeRule(r, `rules[${i}]`));
  const deliveries: EventDelivery[] = [];
  const unrouted: number[] = [];
  const trace: string[] = [];
  events.forEach((event, index) => {
    const label = `event ${index} "${event['detail-type']}" from ${event.source}`;
    let heard = false;
    for (const rule of parsed) {
      if (!objectMatches(rule.EventPattern, event)) continue;
      // a disabled rule matches nothing (eventbridge/eb-rules)
      if (rule.State === 'DISABLED') {
        trace.push(
          `${label}: rule ${rule.Name} would match but is DISABLED (eventbridge/eb-rules)`,
        );
        continue;
      }
      if (rule.Targets.length === 0) {
        trace.push(`${label}: rule ${rule.Name} matches but has no targets`);
        continue;
      }
      heard = true;
      const targets = rule.Targets.map((t) => t.Arn);
      deliveries.push({ event: index, rule: rule.Name, targets });
      trace.push(
        `${label}: matches rule ${rule.Name} → ${targets.join(', ')} (eventbridge/eb-event-patterns)`,
      );
    }
    if (!heard) {
      unrouted.push(index);
      // an event no rule matches is dropped: nobody is told (eventbridge/eb-event-patterns)
      trace.push(
        `${label}: no enabled rule with a target matches it, so nobody hears about it (eventbridge/eb-event-patterns)`,
      );
    }
  });
  return { deliveries, unrouted, trace };
}
