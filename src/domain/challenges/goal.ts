import * as z from 'zod/mini';

/** A challenge goal: one of a simulator's leaf checks, or all / any / not of goals. */
export type Goal<Leaf> = Leaf | { all: Goal<Leaf>[] } | { any: Goal<Leaf>[] } | { not: Goal<Leaf> };

/** The schema of a simulator's goals, given the schema of its leaf checks. */
export function goalSchema<G>(leaf: z.ZodMiniType): z.ZodMiniType<G> {
  const goal: z.ZodMiniType<G> = z.union([
    leaf,
    z.strictObject({ all: z.array(z.lazy(() => goal)) }),
    z.strictObject({ any: z.array(z.lazy(() => goal)) }),
    z.strictObject({ not: z.lazy(() => goal) }),
  ]) as z.ZodMiniType<G>;
  return goal;
}

/** Whether a goal is met, given whether each leaf check is. */
export function meetsGoal<Leaf extends object>(
  goal: Goal<Leaf>,
  meetsLeaf: (leaf: Leaf) => boolean,
): boolean {
  if ('all' in goal) return goal.all.every((g) => meetsGoal(g, meetsLeaf));
  if ('any' in goal) return goal.any.some((g) => meetsGoal(g, meetsLeaf));
  if ('not' in goal) return !meetsGoal(goal.not, meetsLeaf);
  return meetsLeaf(goal);
}
