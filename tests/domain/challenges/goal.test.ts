import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { goalSchema, meetsGoal, type Goal } from '../../../src/domain/challenges/goal';

type Leaf = { is: boolean };
const schema = goalSchema<Goal<Leaf>>(z.strictObject({ is: z.boolean() }));
const yes: Leaf = { is: true };
const no: Leaf = { is: false };
const meets = (goal: Goal<Leaf>) => meetsGoal(goal, (leaf) => leaf.is);

describe('meetsGoal', () => {
  it('checks a leaf with the given check', () => {
    expect(meets(yes)).toBe(true);
    expect(meets(no)).toBe(false);
  });

  it('combines goals with all, any and not, nested', () => {
    expect(meets({ all: [yes, no] })).toBe(false);
    expect(meets({ any: [yes, no] })).toBe(true);
    expect(meets({ not: { all: [yes, no] } })).toBe(true);
    expect(meets({ all: [] })).toBe(true);
    expect(meets({ any: [] })).toBe(false);
  });
});

describe('goalSchema', () => {
  it('accepts leaves and nested combinations of them', () => {
    const goal = { all: [yes, { not: { any: [no] } }] };
    expect(schema.parse(goal)).toEqual(goal);
  });

  it('rejects unknown leaves and extra keys on a combinator', () => {
    expect(schema.safeParse({ maybe: true }).success).toBe(false);
    expect(schema.safeParse({ all: [yes], also: 1 }).success).toBe(false);
    expect(schema.safeParse({ not: [yes] }).success).toBe(false);
  });
});
