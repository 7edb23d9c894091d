import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateAccess,
  parsePolicy,
  printPolicy,
  whatWouldAllow,
  type AccessInput,
  type Decision,
  type PolicyDocument,
  type Statement,
} from '../../../src/domain/access';
import { PolicyError } from '../../../src/domain/errors';

const A = '111111111111';
const B = '222222222222';
const KEY = `arn:aws:kms:us-east-1:${A}:key/k1`;

const SEVERITY: Record<Decision, number> = { Allow: 0, ImplicitDeny: 1, ExplicitDeny: 2 };

// ---------- generators over a small vocabulary, so statements often match ----------

const callers = fc.constantFrom(
  `arn:aws:iam::${A}:user/carol`,
  `arn:aws:sts::${A}:assumed-role/deployer/s1`,
  `arn:aws:sts::${B}:assumed-role/ci/build`,
  `arn:aws:iam::${B}:user/dan`,
);
const actions = fc.constantFrom(
  's3:GetObject',
  's3:PutObject',
  'ecr:BatchGetImage',
  'ecr:GetAuthorizationToken',
  'kms:Decrypt',
  'codeartifact:ReadFromRepository',
);
const actionPatterns = fc.constantFrom(
  's3:GetObject',
  's3:PutObject',
  's3:*',
  '*',
  'ecr:Batch*',
  'ecr:*',
  'kms:Decrypt',
  'kms:*',
  's3:Get?bject',
  'codeartifact:*',
  'sts:*',
);
const resources = fc.constantFrom(
  'arn:aws:s3:::bkt/app.zip',
  `arn:aws:ecr:us-east-1:${A}:repository/app`,
  KEY,
  `arn:aws:codeartifact:us-east-1:${A}:repository/corp/npm`,
  '*',
);
const resourcePatterns = fc.constantFrom(
  '*',
  'arn:aws:s3:::bkt/*',
  `arn:aws:ecr:*:${A}:repository/*`,
  'arn:aws:kms:*:*:key/*',
  `arn:aws:codeartifact:us-east-1:${A}:*`,
  'arn:aws:s3:::other/*',
);
const principals = fc.constantFrom<Statement['Principal']>(
  '*',
  { AWS: [A] },
  { AWS: [B] },
  { AWS: [`arn:aws:iam::${A}:role/deployer`] },
  { AWS: [`arn:aws:iam::${B}:role/ci`] },
  { AWS: [`arn:aws:sts::${B}:assumed-role/ci/build`] },
  { AWS: [`arn:aws:iam::${A}:user/carol`, B] },
);
const conditions = fc.option(
  fc.constantFrom<NonNullable<Statement['Condition']>>(
    { StringEquals: { 'aws:PrincipalAccount': [A] } },
    { StringNotEquals: { 'aws:PrincipalAccount': [A] } },
    { Bool: { 'aws:SecureTransport': ['true'] } },
    { StringEqualsIfExists: { 'aws:PrincipalOrgID': ['o-1'] } },
    { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-1/*'] } },
  ),
  { nil: undefined },
);

function identityStatement(effect: fc.Arbitrary<'Allow' | 'Deny'>): fc.Arbitrary<Statement> {
  return fc
    .record({
      effect,
      not: fc.boolean(),
      notResource: fc.boolean(),
      action: fc.array(actionPatterns, { minLength: 1, maxLength: 2 }),
      resource: fc.array(resourcePatterns, { minLength: 1, maxLength: 2 }),
      condition: conditions,
    })
    .map((r) => ({
      Effect: r.effect,
      ...(r.not ? { NotAction: r.action } : { Action: r.action }),
      ...(r.notResource ? { NotResource: r.resource } : { Resource: r.resource }),
      ...(r.condition ? { Condition: r.condition } : {}),
    }));
}

function resourceStatement(effect: fc.Arbitrary<'Allow' | 'Deny'>): fc.Arbitrary<Statement> {
  return fc
    .record({
      effect,
      notPrincipal: fc.boolean(),
      principal: principals,
      action: fc.array(actionPatterns, { minLength: 1, maxLength: 2 }),
      resource: fc.option(fc.array(resourcePatterns, { minLength: 1, maxLength: 2 }), {
        nil: undefined,
      }),
      condition: conditions,
    })
    .map((r) => ({
      Effect: r.effect,
      ...(r.notPrincipal && r.principal !== '*'
        ? { NotPrincipal: r.principal as NonNullable<Statement['Principal']> }
        : { Principal: r.principal as NonNullable<Statement['Principal']> }),
      Action: r.action,
      ...(r.resource ? { Resource: r.resource } : {}),
      ...(r.condition ? { Condition: r.condition } : {}),
    }));
}

const effects = fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny');
const doc = (statement: fc.Arbitrary<Statement>): fc.Arbitrary<PolicyDocument> =>
  fc
    .array(statement, { minLength: 1, maxLength: 3 })
    .map((Statement) => ({ Version: '2012-10-17' as const, Statement }));
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined });

const inputs: fc.Arbitrary<AccessInput> = fc
  .record({
    arn: callers,
    identity: fc.array(doc(identityStatement(effects)), { maxLength: 3 }),
    boundary: optional(doc(identityStatement(effects))),
    resourcePolicy: optional(doc(resourceStatement(effects))),
    domainPolicy: optional(doc(resourceStatement(effects))),
    scps: optional(fc.array(doc(identityStatement(effects)), { minLength: 1, maxLength: 2 })),
    key: optional(
      fc.record({
        policy: doc(resourceStatement(effects)),
        managedBy: fc.constantFrom<'AWS' | 'CUSTOMER'>('AWS', 'CUSTOMER'),
      }),
    ),
    action: actions,
    resource: resources,
    resourceAccount: optional(fc.constantFrom(A, B)),
    secure: optional(fc.constantFrom('true', 'false')),
  })
  .map((r) => ({
    principal: {
      arn: r.arn,
      identityPolicies: r.identity,
      ...(r.boundary ? { permissionsBoundary: r.boundary } : {}),
    },
    request: {
      action: r.action,
      resource: r.resource,
      ...(r.resourceAccount ? { resourceAccount: r.resourceAccount } : {}),
      ...(r.secure ? { context: { 'aws:SecureTransport': r.secure } } : {}),
    },
    ...(r.resourcePolicy ? { resourcePolicy: r.resourcePolicy } : {}),
    ...(r.domainPolicy ? { domainPolicy: r.domainPolicy } : {}),
    ...(r.scps ? { scps: r.scps } : {}),
    ...(r.key ? { kmsKey: { arn: KEY, policy: r.key.policy, managedBy: r.key.managedBy } } : {}),
  }));

// ---------- editing inputs without touching the originals ----------

type Slot = 'identity' | 'boundary' | 'resource' | 'domain' | 'scp' | 'kms';

function mapPolicies(
  input: AccessInput,
  fn: (doc: PolicyDocument, slot: Slot) => PolicyDocument,
): AccessInput {
  const p = input.principal;
  return {
    principal: {
      arn: p.arn,
      identityPolicies: p.identityPolicies.map((d) => fn(d as PolicyDocument, 'identity')),
      ...(p.permissionsBoundary
        ? { permissionsBoundary: fn(p.permissionsBoundary as PolicyDocument, 'boundary') }
        : {}),
    },
    request: input.request,
    ...(input.resourcePolicy
      ? { resourcePolicy: fn(input.resourcePolicy as PolicyDocument, 'resource') }
      : {}),
    ...(input.domainPolicy
      ? { domainPolicy: fn(input.domainPolicy as PolicyDocument, 'domain') }
      : {}),
    ...(input.scps ? { scps: input.scps.map((d) => fn(d as PolicyDocument, 'scp')) } : {}),
    ...(input.kmsKey
      ? { kmsKey: { ...input.kmsKey, policy: fn(input.kmsKey.policy as PolicyDocument, 'kms') } }
      : {}),
  };
}

function policiesIn(input: AccessInput, slot: Slot): number {
  let count = 0;
  mapPolicies(input, (d, s) => {
    if (s === slot) count++;
    return d;
  });
  return count;
}

const withoutAllows = (input: AccessInput): AccessInput =>
  mapPolicies(input, (d) => ({ ...d, Statement: d.Statement.filter((s) => s.Effect !== 'Allow') }));

describe('properties of the evaluation', () => {
  it('adding a Deny statement never makes a decision more permissive (so never turns anything into Allow)', () => {
    const slots = fc.constantFrom<Slot>('identity', 'boundary', 'resource', 'domain', 'scp', 'kms');
    fc.assert(
      fc.property(
        inputs,
        slots,
        fc.nat(),
        identityStatement(fc.constant('Deny')),
        resourceStatement(fc.constant('Deny')),
        (input, slot, pick, idDeny, resDeny) => {
          const before = evaluateAccess(input).decision;
          const count = policiesIn(input, slot);
          let index = 0;
          const edited = mapPolicies(input, (d, s) => {
            if (s !== slot || index++ !== pick % Math.max(count, 1)) return d;
            const deny = s === 'identity' || s === 'boundary' || s === 'scp' ? idDeny : resDeny;
            return { ...d, Statement: [...d.Statement, deny] };
          });
          const after = evaluateAccess(edited).decision;
          expect(SEVERITY[after]).toBeGreaterThanOrEqual(SEVERITY[before]);
          if (after === 'Allow') expect(before).toBe('Allow');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('removing an Allow statement never makes a decision more permissive', () => {
    fc.assert(
      fc.property(inputs, fc.nat(), (input, pick) => {
        const before = evaluateAccess(input).decision;
        let seen = 0;
        const after = evaluateAccess(
          mapPolicies(input, (d) => ({
            ...d,
            Statement: d.Statement.filter((s) => s.Effect !== 'Allow' || seen++ !== pick % 4),
          })),
        ).decision;
        expect(SEVERITY[after]).toBeGreaterThanOrEqual(SEVERITY[before]);
      }),
      { numRuns: 400 },
    );
  });

  it('removing the only Allow never yields Allow', () => {
    fc.assert(
      fc.property(inputs, fc.nat(), (input, pick) => {
        // keep every Deny and a single Allow statement …
        let seen = 0;
        const oneAllow = mapPolicies(input, (d) => ({
          ...d,
          Statement: d.Statement.filter((s) => s.Effect !== 'Allow' || seen++ === pick % 4),
        }));
        // … then remove that Allow: with no Allow left nothing is allowed (none of these callers is a root user)
        const removed = withoutAllows(oneAllow);
        expect(evaluateAccess(removed).decision).not.toBe('Allow');
      }),
      { numRuns: 300 },
    );
  });

  it('whatWouldAllow: applying the suggestions allows, unless a blocker is reported', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = whatWouldAllow(input);
        expect(result.decision).toBe(evaluateAccess(input).decision);
        if (result.decision === 'Allow') expect(result.suggestions).toEqual([]);
        if (result.blockers.length === 0) expect(result.decisionAfter).toBe('Allow');
        else expect(result.decisionAfter).not.toBe('Allow');
      }),
      { numRuns: 400 },
    );
  });

  it('trace always ends with exactly one deciding step', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { trace } = evaluateAccess(input);
        expect(trace.at(-1)?.outcome).toBe('decides');
        expect(trace.filter((s) => s.outcome === 'decides')).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and never mutates its input', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const before = JSON.stringify(input);
        const first = evaluateAccess(input);
        expect(JSON.stringify(input)).toBe(before);
        expect(evaluateAccess(JSON.parse(before) as AccessInput)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe('properties of the parser', () => {
  const policies = fc.oneof(doc(identityStatement(effects)), doc(resourceStatement(effects)));

  it('parse → print → parse is stable', () => {
    fc.assert(
      fc.property(policies, fc.boolean(), (policy, single) => {
        const raw =
          single && policy.Statement.length === 1
            ? { ...policy, Statement: policy.Statement[0] }
            : policy;
        const parsed = parsePolicy(JSON.stringify(raw));
        const printed = printPolicy(parsed);
        expect(parsePolicy(printed)).toEqual(parsed);
        expect(printPolicy(parsePolicy(printed))).toBe(printed);
      }),
      { numRuns: 300 },
    );
  });

  const onlyPolicyErrors = (text: string, kind?: 'identity' | 'resource' | 'trust'): void => {
    try {
      parsePolicy(text, kind ? { kind } : {});
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
    }
  };

  it('throws nothing but PolicyError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => onlyPolicyErrors(text)),
      { numRuns: 500 },
    );
  });

  it('throws nothing but PolicyError on arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.constantFrom(undefined, 'identity', 'resource', 'trust'),
        (text, kind) => onlyPolicyErrors(text, kind),
      ),
      { numRuns: 500 },
    );
  });

  it('throws nothing but PolicyError on valid policies with one part replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        policies,
        fc.nat(),
        fc.constantFrom(
          'Version',
          'Id',
          'Statement',
          'Effect',
          'Action',
          'NotAction',
          'Resource',
          'Principal',
          'NotPrincipal',
          'Condition',
          'Sid',
          'Extra',
        ),
        fc.jsonValue(),
        (policy, index, key, value) => {
          const statements = policy.Statement.map((s) => ({ ...s })) as Record<string, unknown>[];
          const target = statements[index % statements.length] as Record<string, unknown>;
          const top: Record<string, unknown> = { ...policy, Statement: statements };
          if (['Version', 'Id', 'Statement'].includes(key)) top[key] = value;
          else target[key] = value;
          onlyPolicyErrors(JSON.stringify(top));
          onlyPolicyErrors(JSON.stringify(top), 'resource');
        },
      ),
      { numRuns: 500 },
    );
  });
});
