// A full-length mock for the task: items drawn by the exam guide's weights for each blueprint
// line, one per family, from the exam pool.
import { isExamItem, onePerFamily } from './pool';
import type { Question } from './schema';
import { seededRandom, shuffle } from './shuffle';

/** The part of a content/blueprint.json line a draw needs. */
export interface BlueprintWeight {
  id: string;
  /** Share of a mock exam drawn from this line. */
  weight: number;
}

/**
 * Splits `count` items between shares in proportion to their weights, by largest remainder
 * (Hamilton's method): each gets the whole part of its exact quota, and the items left over go
 * to the largest fractional parts, the earlier line first on a tie. Exact integer arithmetic, so
 * 65 × 0.12 is 7.8 and never 7.7999….
 */
export function largestRemainder(weights: readonly number[], count: number): number[] {
  const n = Math.max(0, Math.floor(count));
  const scaled = weights.map((w) => Math.max(0, Math.round(w * 1e6)));
  const total = scaled.reduce((a, b) => a + b, 0);
  // No weight at all: share equally rather than divide by zero.
  const units = total === 0 ? weights.map(() => 1) : scaled;
  const sum = total === 0 ? weights.length : total;
  if (sum === 0) return [];
  const seats = units.map((u) => Math.floor((n * u) / sum));
  const byRemainder = units
    .map((u, i) => ({ i, remainder: (n * u) % sum }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let left = n - seats.reduce((a, b) => a + b, 0);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    seats[i]! += 1;
    left -= 1;
  }
  return seats;
}

export interface SimulationLine {
  id: string;
  /** Items the line's weight asks for (largest remainder over the mock's length). */
  target: number;
  /** Families of the exam pool on this line: the most it can give. */
  available: number;
  /** Items it will give: its target, or all it has when it runs short. */
  planned: number;
}

export interface SimulationPlan {
  /** The mock's length: the count asked for, or fewer when the pool has fewer families. */
  count: number;
  lines: SimulationLine[];
}

type Drawable = Pick<Question, 'id' | 'blueprint' | 'family' | 'pool'>;

/** Exam items on the given lines. */
function candidates<Q extends Drawable>(bank: readonly Q[], lines: readonly BlueprintWeight[]) {
  const ids = new Set(lines.map((l) => l.id));
  return bank.filter((q) => isExamItem(q) && ids.has(q.blueprint));
}

/**
 * How many items each line gives to a mock of `count` items. A line with fewer families than its
 * target gives all it has, and the shortfall goes, one item at a time, to the line furthest below
 * its exact share that still has families to give.
 */
export function planSimulation(
  bank: readonly Drawable[],
  lines: readonly BlueprintWeight[],
  count: number,
): SimulationPlan {
  const pool = candidates(bank, lines);
  const n = Math.min(Math.max(0, Math.floor(count)), onePerFamily(pool).length);
  const targets = largestRemainder(
    lines.map((l) => l.weight),
    n,
  );
  const weightSum = lines.reduce((a, l) => a + l.weight, 0) || 1;
  const planned = lines.map((l, i) => {
    const available = new Set(pool.filter((q) => q.blueprint === l.id).map((q) => q.family)).size;
    return { id: l.id, target: targets[i]!, available, planned: Math.min(targets[i]!, available) };
  });
  let given = planned.reduce((a, l) => a + l.planned, 0);
  while (given < n) {
    let best: SimulationLine | undefined;
    let bestGap = -Infinity;
    for (const [i, line] of planned.entries()) {
      const gap = (n * lines[i]!.weight) / weightSum - line.planned;
      if (line.planned < line.available && gap > bestGap) {
        best = line;
        bestGap = gap;
      }
    }
    if (!best) break;
    best.planned += 1;
    given += 1;
  }
  return { count: given, lines: planned };
}

/** Lines that give fewer items than their weight asks for. */
export function shortLines(plan: SimulationPlan): SimulationLine[] {
  return plan.lines.filter((l) => l.planned < l.target);
}

/**
 * Draws a mock by the plan with a seeded order: each line's items at random, never two of one
 * family, then the whole mock shuffled so lines are interleaved as on the exam.
 */
export function drawSimulation<Q extends Drawable>(
  bank: readonly Q[],
  lines: readonly BlueprintWeight[],
  count: number,
  seed: number,
): { questions: Q[]; plan: SimulationPlan } {
  const plan = planSimulation(bank, lines, count);
  const random = seededRandom(seed);
  const shuffled = shuffle(candidates(bank, lines), random);
  const used = new Set<string>();
  const picked: Q[] = [];
  const take = (q: Q) => {
    used.add(q.family);
    picked.push(q);
  };
  // Lines with the least to spare draw first, so a family that spans two lines is less likely to
  // be spent where it was not needed.
  const order = [...plan.lines].sort((a, b) => a.available - a.planned - (b.available - b.planned));
  for (const line of order) {
    let given = 0;
    for (const q of shuffled) {
      if (given === line.planned) break;
      if (q.blueprint === line.id && !used.has(q.family)) {
        take(q);
        given += 1;
      }
    }
  }
  // A family shared between lines can still leave a gap: fill it from any line.
  for (const q of shuffled) {
    if (picked.length >= plan.count) break;
    if (!used.has(q.family)) take(q);
  }
  return { questions: shuffle(picked, random), plan };
}
