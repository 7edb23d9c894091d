/**
 * A pipeline's schedule: whether a clock tick starts a build — the cron expression first, then
 * the pipelineExecutionStartCondition (imagebuilder/API_Schedule).
 */
import { parseNow } from '../signer/time';
import { cronMatchesAt, nextMatch, parseCron } from './cron';
import { dependenciesOf, resolvedOf } from './resolve';
import { parseCatalog, parseImagePipeline, parseResolvedDependencies } from './schema';
import type { Catalog, ImagePipeline, ResolvedDependencies, ScheduleDecision } from './types';

export function cronMatches(scheduleExpression: string, now: string): boolean {
  return cronMatchesAt(parseCron(scheduleExpression), parseNow(now));
}

export function nextCronMatch(scheduleExpression: string, after: string): string | null {
  const at = nextMatch(parseCron(scheduleExpression), parseNow(after));
  return at === null ? null : new Date(at).toISOString();
}

export function resolveDependencies(
  pipeline: ImagePipeline,
  catalog: Catalog,
): { resolved: ResolvedDependencies | null; trace: string[] } {
  const deps = dependenciesOf(
    parseImagePipeline(pipeline, 'pipeline'),
    parseCatalog(catalog, 'catalog'),
  );
  const trace = deps.map((d) =>
    d.filter === null
      ? `${d.kind} ${d.name}: a fixed reference, no version to follow`
      : d.resolved === null
        ? `${d.kind} ${d.name}/${d.filter}: no version in the account matches (imagebuilder/ibhow-semantic-versioning)`
        : `${d.kind} ${d.name}/${d.filter} → ${d.resolved} (imagebuilder/ibhow-semantic-versioning)`,
  );
  return { resolved: resolvedOf(deps), trace };
}

/** A clock tick at `now`: does the pipeline start a build? */
export function scheduledTick(
  pipeline: ImagePipeline,
  catalog: Catalog,
  lastBuild: ResolvedDependencies | null,
  now: string,
): ScheduleDecision {
  const at = parseNow(now);
  const p = parseImagePipeline(pipeline, 'pipeline');
  const last = lastBuild === null ? null : parseResolvedDependencies(lastBuild, 'lastBuild');
  // no condition set: EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE (imagebuilder/API_Schedule)
  const startCondition =
    p.schedule?.pipelineExecutionStartCondition ??
    'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE';
  const trace = [`tick at ${new Date(at).toISOString()} for pipeline ${p.name}`];
  const decide = (
    expressionMatches: boolean,
    build: boolean,
    updates: string[],
    line: string,
  ): ScheduleDecision => {
    trace.push(line);
    return { expressionMatches, build, startCondition, updates, trace };
  };
  if (p.schedule === undefined)
    return decide(
      false,
      false,
      [],
      'the pipeline has no schedule: it runs only when started by hand',
    );
  if (p.status === 'DISABLED')
    return decide(false, false, [], 'the pipeline is DISABLED: schedules do not start it');
  const cron = parseCron(p.schedule.scheduleExpression);
  // the expression decides when the condition is evaluated, to the minute, in UTC (imagebuilder/cron-expressions)
  if (!cronMatchesAt(cron, at)) {
    const next = nextMatch(cron, at);
    return decide(
      false,
      false,
      [],
      `${p.schedule.scheduleExpression} does not match this minute${next === null ? '' : `; next match ${new Date(next).toISOString()}`} (imagebuilder/cron-expressions)`,
    );
  }
  trace.push(
    `${p.schedule.scheduleExpression} matches: evaluating ${startCondition}${p.schedule.pipelineExecutionStartCondition === undefined ? ' (the default)' : ''} (imagebuilder/API_Schedule)`,
  );
  // EXPRESSION_MATCH_ONLY builds on every match (imagebuilder/API_Schedule)
  if (startCondition === 'EXPRESSION_MATCH_ONLY')
    return decide(
      true,
      true,
      [],
      'EXPRESSION_MATCH_ONLY: every match starts a build (imagebuilder/API_Schedule)',
    );
  const deps = dependenciesOf(p, parseCatalog(catalog, 'catalog'));
  const current = resolvedOf(deps);
  if (current === null)
    return decide(
      true,
      false,
      [],
      'a version filter in the recipe matches nothing in the account, so there is nothing to build (imagebuilder/ibhow-semantic-versioning)',
    );
  if (last === null)
    return decide(
      true,
      true,
      [],
      'no earlier build to compare with, so this first match builds (this engine decides)',
    );
  const before = [last.parentImage, ...last.components];
  const after = [current.parentImage, ...current.components];
  // only dependencies selected through semantic version filters can bring updates (imagebuilder/API_Schedule)
  const updates = after.filter((v, i) => v !== before[i] && deps[i]?.filter !== null);
  if (updates.length === 0) {
    const filtered = deps.some((d) => d.filter !== null && d.filter.includes('x'));
    return decide(
      true,
      false,
      [],
      filtered
        ? "no newer version of the parent image or any component matches the recipe's filters since the last build, so the pipeline skips this run (imagebuilder/API_Schedule)"
        : 'the recipe pins exact versions, so no dependency update can ever appear and the schedule never builds again under this condition; use x wildcards or EXPRESSION_MATCH_ONLY (imagebuilder/API_Schedule)',
    );
  }
  return decide(
    true,
    true,
    updates,
    `dependency updates since the last build: ${updates.join(', ')} — building (imagebuilder/API_Schedule)`,
  );
}
