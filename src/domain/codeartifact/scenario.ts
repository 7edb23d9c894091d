import * as z from 'zod/mini';
import { acceptingOldNames } from '../actionNames';
import { EXTERNAL_CONNECTION_FORMAT, PACKAGE_FORMATS } from './rules';
import type { CodeArtifactDomain, ExternalConnectionName, PackageFormat } from './types';

/**
 * What the upstream simulator keeps: the domain, a simulated clock, the build's token and the
 * last request, as plain JSON. Scenarios arrive from share links, saves and challenge files, so
 * they are parsed here — names that could reach Object.prototype are refused outright.
 */
export interface UpstreamScenario {
  domain: CodeArtifactDomain;
  /** Simulated clock, ISO-8601 UTC. */
  now: string;
  /** The token the build uses; null = none fetched yet. */
  token: { expiresAt: string | null } | null;
  /** A learner's predicted search order, for search-order challenges. */
  prediction: string[] | null;
  lastRequest: LastRequest | null;
}

export interface LastRequest {
  repo: string;
  package: string;
  version: string;
  status: number;
  servedBy: string | null;
  searched: string[];
  retainedIn: string[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const safeName = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.refine((s) => !FORBIDDEN_KEYS.has(s), { message: 'this name is reserved' }),
);
const safeRecord = <T extends z.core.SomeType>(value: T) => z.record(safeName, value);

const connectionNames = Object.keys(EXTERNAL_CONNECTION_FORMAT) as [
  ExternalConnectionName,
  ...ExternalConnectionName[],
];
export const connectionSchema = z.enum(connectionNames);
export const formatSchema = z.enum(
  PACKAGE_FORMATS as unknown as [PackageFormat, ...PackageFormat[]],
);
const setting = z.enum(['ALLOW', 'BLOCK']);
export const versionStatusSchema = z.enum(['Published', 'Unlisted', 'Archived', 'Disposed']);

export const domainSchema = z.object({
  name: safeName,
  repositories: safeRecord(
    z.object({
      upstreams: z.array(safeName).check(z.maxLength(50)),
      externalConnection: z.optional(connectionSchema),
      packages: safeRecord(
        z.object({
          versions: z.array(z.string().check(z.maxLength(100))),
          origin: z.optional(z.object({ publish: setting, upstream: setting })),
          status: z.optional(safeRecord(versionStatusSchema)),
        }),
      ),
    }),
  ),
  registries: safeRecord(
    z.object({
      available: z.boolean(),
      packages: safeRecord(z.array(z.string().check(z.maxLength(100)))),
    }),
  ),
});

export const scenarioSchema = z.object({
  domain: domainSchema,
  now: z.iso.datetime(),
  token: z.nullable(z.object({ expiresAt: z.nullable(z.iso.datetime()) })),
  prediction: z.nullable(z.array(safeName)),
  lastRequest: z.nullable(
    z.object({
      repo: z.string(),
      package: z.string(),
      version: z.string(),
      status: z.number(),
      servedBy: z.nullable(z.string()),
      searched: z.array(z.string()),
      retainedIn: z.array(z.string()),
    }),
  ),
});

const pkgFields = {
  repo: safeName,
  format: formatSchema,
  name: safeName,
  version: z.string().check(z.minLength(1), z.maxLength(100)),
};

const upstreamActions = z.discriminatedUnion('type', [
  z.object({ type: z.literal('package.request'), ...pkgFields }),
  z.object({ type: z.literal('package.publish'), ...pkgFields }),
  z.object({
    type: z.literal('registry.availability.set'),
    connection: connectionSchema,
    available: z.boolean(),
  }),
  z.object({
    type: z.literal('origin.set'),
    repo: safeName,
    format: formatSchema,
    name: safeName,
    publish: setting,
    upstream: setting,
  }),
  z.object({
    type: z.literal('package.version.status.set'),
    ...pkgFields,
    status: versionStatusSchema,
  }),
  z.object({ type: z.literal('token.issue'), durationSeconds: z.optional(z.number()) }),
  z.object({
    type: z.literal('clock.advance'),
    seconds: z.number().check(z.gte(0), z.lte(10 * 365 * 86400)),
  }),
  z.object({ type: z.literal('repo.add'), repo: safeName }),
  z.object({ type: z.literal('repo.remove'), repo: safeName }),
  z.object({ type: z.literal('upstreams.set'), repo: safeName, upstreams: z.array(safeName) }),
  z.object({
    type: z.literal('connection.set'),
    repo: safeName,
    connection: z.nullable(connectionSchema),
  }),
  z.object({ type: z.literal('searchOrder.predict'), order: z.array(safeName) }),
]);

export const upstreamActionSchema = acceptingOldNames(upstreamActions, {
  request: 'package.request',
  publish: 'package.publish',
  'registry.availability': 'registry.availability.set',
  predict: 'searchOrder.predict',
});

export type UpstreamAction = z.infer<typeof upstreamActions>;
