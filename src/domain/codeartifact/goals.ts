import * as z from 'zod/mini';
import { goalSchema, meetsGoal, type Goal } from '../challenges/goal';
import { hasVersion, versionStatus } from './model';
import { versionStatusSchema, type UpstreamScenario } from './scenario';
import type { PackageVersionStatus } from './types';
import { searchOrder } from './walk';

/**
 * A challenge goal over the upstream simulator's state, as JSON data. Leaves test one fact;
 * all/any/not combine them.
 */
export type UpstreamGoal = Goal<UpstreamGoalLeaf>;

type UpstreamGoalLeaf =
  | { retained: { repo: string; package: string; version: string } }
  | {
      lastRequest: {
        repo?: string;
        package?: string;
        version?: string;
        status?: number;
        servedBy?: string;
      };
    }
  | { predictionMatches: { repo: string } }
  | {
      origin: {
        repo: string;
        package: string;
        publish?: 'ALLOW' | 'BLOCK';
        upstream?: 'ALLOW' | 'BLOCK';
      };
    }
  | { registryAvailable: { connection: string; available: boolean } }
  | { tokenValidForSeconds: number }
  | { externalConnections: { max: number } }
  | { upstreamsInclude: { repo: string; upstream: string } }
  /** A version's status in a repository (Published when none is recorded). */
  | {
      versionStatus: {
        repo: string;
        package: string;
        version: string;
        status: PackageVersionStatus;
      };
    };

const leaf = z.union([
  z.object({ retained: z.object({ repo: z.string(), package: z.string(), version: z.string() }) }),
  z.object({
    lastRequest: z.object({
      repo: z.optional(z.string()),
      package: z.optional(z.string()),
      version: z.optional(z.string()),
      status: z.optional(z.number()),
      servedBy: z.optional(z.string()),
    }),
  }),
  z.object({ predictionMatches: z.object({ repo: z.string() }) }),
  z.object({
    origin: z.object({
      repo: z.string(),
      package: z.string(),
      publish: z.optional(z.enum(['ALLOW', 'BLOCK'])),
      upstream: z.optional(z.enum(['ALLOW', 'BLOCK'])),
    }),
  }),
  z.object({ registryAvailable: z.object({ connection: z.string(), available: z.boolean() }) }),
  z.object({ tokenValidForSeconds: z.number() }),
  z.object({ externalConnections: z.object({ max: z.number() }) }),
  z.object({ upstreamsInclude: z.object({ repo: z.string(), upstream: z.string() }) }),
  z.object({
    versionStatus: z.object({
      repo: z.string(),
      package: z.string(),
      version: z.string(),
      status: versionStatusSchema,
    }),
  }),
]);

export const upstreamGoalSchema = goalSchema<UpstreamGoal>(leaf);

/** Whether the scenario meets the goal. */
export function meetsUpstreamGoal(s: UpstreamScenario, goal: UpstreamGoal): boolean {
  return meetsGoal(goal, (leaf) => meetsUpstreamLeaf(s, leaf));
}

function meetsUpstreamLeaf(s: UpstreamScenario, goal: UpstreamGoalLeaf): boolean {
  if ('retained' in goal) {
    const { repo, package: key, version } = goal.retained;
    return Boolean(s.domain.repositories[repo]?.packages[key]?.versions.includes(version));
  }
  if ('lastRequest' in goal) {
    const r = s.lastRequest;
    if (!r) return false;
    const want = goal.lastRequest;
    return (
      (want.repo === undefined || want.repo === r.repo) &&
      (want.package === undefined || want.package === r.package) &&
      (want.version === undefined || want.version === r.version) &&
      (want.status === undefined || want.status === r.status) &&
      (want.servedBy === undefined || want.servedBy === r.servedBy)
    );
  }
  if ('predictionMatches' in goal) {
    const order = searchOrder(s.domain, goal.predictionMatches.repo).map((step) => step.repository);
    return s.prediction !== null && s.prediction.join() === order.join();
  }
  if ('origin' in goal) {
    const { repo, package: key, publish, upstream } = goal.origin;
    const origin = s.domain.repositories[repo]?.packages[key]?.origin;
    if (!origin) return false;
    return (
      (publish === undefined || origin.publish === publish) &&
      (upstream === undefined || origin.upstream === upstream)
    );
  }
  if ('registryAvailable' in goal) {
    return (
      (s.domain.registries[goal.registryAvailable.connection]?.available ?? true) ===
      goal.registryAvailable.available
    );
  }
  if ('tokenValidForSeconds' in goal) {
    if (!s.token) return false;
    return (
      s.token.expiresAt === null ||
      Date.parse(s.token.expiresAt) - Date.parse(s.now) >= goal.tokenValidForSeconds * 1000
    );
  }
  if ('externalConnections' in goal) {
    return (
      Object.values(s.domain.repositories).filter((r) => r.externalConnection).length <=
      goal.externalConnections.max
    );
  }
  if ('upstreamsInclude' in goal) {
    const { repo, upstream } = goal.upstreamsInclude;
    return Boolean(s.domain.repositories[repo]?.upstreams.includes(upstream));
  }
  const { repo, package: key, version, status } = goal.versionStatus;
  const record = s.domain.repositories[repo]?.packages[key];
  return hasVersion(record, version) && versionStatus(record, version) === status;
}
