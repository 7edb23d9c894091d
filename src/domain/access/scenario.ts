import * as z from 'zod/mini';
import { acceptingOldNames } from '../actionNames';
import { PolicyError } from '../errors';
import { parseOrThrow, schemaParser } from '../parseOrThrow';
import type { ContextValue } from './types';

/**
 * What the access simulator keeps: accounts, an optional organization with its SCP, principals
 * (roles with an identity policy, a permissions boundary and request context) and the artifact
 * resources with their policies, as plain JSON. Every policy is kept as the raw text the learner
 * typed — valid or not — plus the statements switched off for "what if" runs. Scenarios arrive
 * from share links, saves and challenge files, so they are parsed here.
 */
export interface PolicySlot {
  /** The policy as typed; "" = no policy attached. */
  text: string;
  /** Indexes of statements switched off: evaluated as if they were deleted. */
  disabled: number[];
}

export interface Account {
  id: string;
  name: string;
}

export interface Organization {
  id: string;
  /** Accounts in the organization: their principals get aws:PrincipalOrgID and the SCP. */
  members: string[];
  /** The SCP on the member accounts ("" = SCPs not enabled). */
  scp: PolicySlot;
}

export interface Principal {
  /** The role's name; the caller is a session of arn:aws:iam::<account>:role/<name>. */
  name: string;
  account: string;
  identity: PolicySlot;
  /** "" = no permissions boundary. */
  boundary: PolicySlot;
  /** Extra request context, e.g. aws:PrincipalTag/team; overrides what the organization implies. */
  context: Record<string, ContextValue>;
}

export type KeyManager = 'AWS' | 'CUSTOMER';
export type Encryption = 'SSE-S3' | 'SSE-KMS';

export interface AccessResources {
  ecr: { account: string; repository: string; policy: PolicySlot };
  s3: {
    account: string;
    bucket: string;
    object: string;
    encryption: Encryption;
    policy: PolicySlot;
  };
  kms: { account: string; keyId: string; managedBy: KeyManager; policy: PolicySlot };
  codeartifact: {
    account: string;
    domain: string;
    repository: string;
    domainPolicy: PolicySlot;
    repositoryPolicy: PolicySlot;
  };
}

export const JOURNEYS = ['ecr-pull', 's3-read', 'codeartifact-install'] as const;
export type JourneyId = (typeof JOURNEYS)[number];

export type RunSpec =
  | { kind: 'journey'; journey: JourneyId; principal: string }
  | { kind: 'request'; principal: string; action: string; resource: string };

export interface AccessScenario {
  region: string;
  accounts: Account[];
  organization: Organization | null;
  principals: Principal[];
  resources: AccessResources;
  /** What was run last; re-evaluated after every change. */
  run: RunSpec | null;
}

/** The policies of resources and of the organization, by fixed id; principals' are `identity:<name>` and `boundary:<name>`. */
export const RESOURCE_POLICY_IDS = [
  'scp',
  'ecr-repository',
  'bucket',
  'key',
  'domain',
  'ca-repository',
] as const;
export type ResourcePolicyId = (typeof RESOURCE_POLICY_IDS)[number];
export type PolicyId = ResourcePolicyId | `identity:${string}` | `boundary:${string}`;

// ---------- schemas ----------

const ROLE_NAME = /^[A-Za-z0-9+=,.@_-]{1,64}$/;
const account = z.string().check(z.regex(/^\d{12}$/, 'an account id is 12 digits'));
const roleName = z
  .string()
  .check(z.regex(ROLE_NAME, 'a role name is 1–64 letters, digits or +=,.@_-'));
const policyText = z.string().check(z.maxLength(20_000));
const disabledList = z
  .array(z.number().check(z.int(), z.gte(0), z.lte(999)))
  .check(z.maxLength(100));
/** A policy slot: its text, or (in content files) the policy as a JSON object. */
const slotInput = z.union([
  z.strictObject({ text: policyText, disabled: z.optional(disabledList) }),
  z.strictObject({
    document: z.record(z.string(), z.unknown()),
    disabled: z.optional(disabledList),
  }),
]);
const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9]+$/;
export const actionName = z
  .string()
  .check(z.regex(ACTION, 'an action is "service:Action", e.g. "s3:GetObject"'), z.maxLength(128));
export const resourceArn = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(2048),
    z.regex(/^(\*|arn:[^\s]+)$/, 'a resource is an ARN or "*"'),
  );
export const contextKey = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9-]+:[A-Za-z0-9/_.:@+=-]{1,127}$/,
      'a condition key is "prefix:Name", e.g. "aws:PrincipalOrgID"',
    ),
  );
export const contextValue = z.union([
  z.string().check(z.maxLength(1024)),
  z.array(z.string().check(z.maxLength(1024))).check(z.maxLength(20)),
]);
export const journeySchema = z.enum(JOURNEYS);
export const policyIdSchema = z.string().check(
  z.refine(
    (s) =>
      (RESOURCE_POLICY_IDS as readonly string[]).includes(s) ||
      /^(identity|boundary):[A-Za-z0-9+=,.@_-]{1,64}$/.test(s),
    {
      message:
        'a policy id is identity:<role>, boundary:<role>, scp, ecr-repository, bucket, key, domain or ca-repository',
    },
  ),
) as unknown as z.ZodMiniType<PolicyId>;

const runSchema = z.nullable(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('journey'), journey: journeySchema, principal: roleName }),
    z.strictObject({
      kind: z.literal('request'),
      principal: roleName,
      action: actionName,
      resource: resourceArn,
    }),
  ]),
);

const scenarioInput = z.strictObject({
  region: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a Region such as eu-west-1')),
  accounts: z
    .array(z.strictObject({ id: account, name: z.string().check(z.minLength(1), z.maxLength(40)) }))
    .check(z.minLength(1), z.maxLength(4)),
  organization: z.nullable(
    z.strictObject({
      id: z
        .string()
        .check(z.regex(/^o-[a-z0-9]{10,32}$/, 'an organization id such as o-a1b2c3d4e5')),
      members: z.array(account).check(z.maxLength(4)),
      scp: slotInput,
    }),
  ),
  principals: z
    .array(
      z.strictObject({
        name: roleName,
        account,
        identity: slotInput,
        boundary: slotInput,
        context: z.record(contextKey, contextValue),
      }),
    )
    .check(z.minLength(1), z.maxLength(4)),
  resources: z.strictObject({
    ecr: z.strictObject({
      account,
      repository: z
        .string()
        .check(z.regex(/^[a-z0-9][a-z0-9._/-]{1,255}$/, 'an ECR repository name')),
      policy: slotInput,
    }),
    s3: z.strictObject({
      account,
      bucket: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name')),
      object: z.string().check(z.regex(/^[A-Za-z0-9!_.*'()/-]{1,512}$/, 'an object key')),
      encryption: z.enum(['SSE-S3', 'SSE-KMS']),
      policy: slotInput,
    }),
    kms: z.strictObject({
      account,
      keyId: z
        .string()
        .check(
          z.regex(/^[a-f0-9-]{8,64}$/, 'a key id such as 1234abcd-12ab-34cd-56ef-1234567890ab'),
        ),
      managedBy: z.enum(['AWS', 'CUSTOMER']),
      policy: slotInput,
    }),
    codeartifact: z.strictObject({
      account,
      domain: z.string().check(z.regex(/^[a-z][a-z0-9-]{1,49}$/, 'a CodeArtifact domain name')),
      repository: z
        .string()
        .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/, 'a CodeArtifact repository name')),
      domainPolicy: slotInput,
      repositoryPolicy: slotInput,
    }),
  }),
  run: runSchema,
});

type SlotInput = z.infer<typeof slotInput>;

function toSlot(input: SlotInput): PolicySlot {
  const disabled = [...new Set(input.disabled ?? [])].sort((a, b) => a - b);
  return 'text' in input
    ? { text: input.text, disabled }
    : { text: JSON.stringify(input.document, null, 2), disabled };
}

/**
 * Parses a scenario (share link, save, challenge start or content file); throws PolicyError with
 * the JSON path. References between parts (accounts, principals) are checked too.
 */
export function parseAccessScenario(raw: unknown): AccessScenario {
  const input = parseOrThrow(scenarioInput, raw, '');
  const ids = input.accounts.map((a) => a.id);
  input.accounts.forEach((a, i) => {
    if (ids.indexOf(a.id) !== i)
      throw new PolicyError(`accounts[${i}].id`, `account ${a.id} is listed twice`);
  });
  const known = (id: string, path: string) => {
    if (!ids.includes(id))
      throw new PolicyError(path, `account ${id} is not one of the scenario's accounts`);
  };
  input.organization?.members.forEach((m, i) => known(m, `organization.members[${i}]`));
  const names = new Set<string>();
  input.principals.forEach((p, i) => {
    known(p.account, `principals[${i}].account`);
    if (names.has(p.name))
      throw new PolicyError(`principals[${i}].name`, `a principal named ${p.name} already exists`);
    names.add(p.name);
  });
  for (const key of ['ecr', 's3', 'kms', 'codeartifact'] as const)
    known(input.resources[key].account, `resources.${key}.account`);
  if (input.run && !names.has(input.run.principal))
    throw new PolicyError('run.principal', `no principal named ${input.run.principal}`);
  const r = input.resources;
  return {
    region: input.region,
    accounts: input.accounts.map((a) => ({ id: a.id, name: a.name })),
    organization: input.organization
      ? {
          id: input.organization.id,
          members: [...input.organization.members],
          scp: toSlot(input.organization.scp),
        }
      : null,
    principals: input.principals.map((p) => ({
      name: p.name,
      account: p.account,
      identity: toSlot(p.identity),
      boundary: toSlot(p.boundary),
      context: { ...p.context },
    })),
    resources: {
      ecr: { account: r.ecr.account, repository: r.ecr.repository, policy: toSlot(r.ecr.policy) },
      s3: {
        account: r.s3.account,
        bucket: r.s3.bucket,
        object: r.s3.object,
        encryption: r.s3.encryption,
        policy: toSlot(r.s3.policy),
      },
      kms: {
        account: r.kms.account,
        keyId: r.kms.keyId,
        managedBy: r.kms.managedBy,
        policy: toSlot(r.kms.policy),
      },
      codeartifact: {
        account: r.codeartifact.account,
        domain: r.codeartifact.domain,
        repository: r.codeartifact.repository,
        domainPolicy: toSlot(r.codeartifact.domainPolicy),
        repositoryPolicy: toSlot(r.codeartifact.repositoryPolicy),
      },
    },
    run: input.run,
  };
}

// ---------- actions ----------

const statementObject = z.record(z.string(), z.unknown());

const accessActions = z.discriminatedUnion('type', [
  /** Replace a policy's text (valid or not); `document` is the content-file shorthand. */
  z
    .strictObject({
      type: z.literal('policy.edit'),
      policyId: policyIdSchema,
      text: z.optional(policyText),
      document: z.optional(statementObject),
    })
    .check(
      z.refine((a) => (a.text === undefined) !== (a.document === undefined), {
        message: 'give exactly one of text or document',
      }),
    ),
  z.strictObject({
    type: z.literal('statement.toggle'),
    policyId: policyIdSchema,
    index: z.number().check(z.int(), z.gte(0), z.lte(999)),
  }),
  z.strictObject({
    type: z.literal('statement.add'),
    policyId: policyIdSchema,
    statement: statementObject,
  }),
  z.strictObject({
    type: z.literal('journey.run'),
    journey: journeySchema,
    principal: z.optional(roleName),
  }),
  z.strictObject({
    type: z.literal('request.run'),
    principal: roleName,
    action: actionName,
    resource: resourceArn,
  }),
  z.strictObject({ type: z.literal('key.manager.set'), managedBy: z.enum(['AWS', 'CUSTOMER']) }),
  z.strictObject({
    type: z.literal('bucket.encryption.set'),
    encryption: z.enum(['SSE-S3', 'SSE-KMS']),
  }),
  z.strictObject({
    type: z.literal('context.set'),
    principal: roleName,
    key: contextKey,
    value: z.nullable(contextValue),
  }),
]);

export const accessActionSchema = acceptingOldNames(accessActions, {
  'key.managedBy': 'key.manager.set',
  'bucket.encryption': 'bucket.encryption.set',
});

export type AccessAction = z.infer<typeof accessActions>;

export const parseAccessAction = schemaParser<AccessAction>(accessActionSchema);

export * from './scenario-policies';
