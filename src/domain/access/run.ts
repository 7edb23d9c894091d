import { evaluateAccess } from './evaluate';
import {
  codeArtifactCrossAccountInstall,
  ecrCrossAccountPull,
  s3KmsArtifactRead,
  type JourneyPrincipal,
  type JourneyResult,
} from './journeys';
import {
  getSlot,
  policyKind,
  policyLabel,
  principalArn,
  principalContext,
  readPolicy,
  resourceArns,
  type AccessScenario,
  type JourneyId,
  type PolicyId,
  type Principal,
  type RunSpec,
} from './scenario';
import type {
  AccessInput,
  AccessRequest,
  Decision,
  KmsKeyInput,
  PolicyDocument,
  TracePolicy,
  TraceStep,
} from './types';

export const JOURNEY_TITLES: Record<JourneyId, string> = {
  'ecr-pull': 'ECR cross-account pull (docker pull)',
  's3-read': 'S3 artifact read (SSE-KMS)',
  'codeartifact-install': 'CodeArtifact cross-account npm install',
};

/** A trace step tied back to the scenario: which policy, which statement as the learner wrote it. */
export interface RunTraceStep extends TraceStep {
  policyId?: PolicyId;
  /** The statement's index in the policy as written (switched-off statements included). */
  index?: number;
}

export interface RunStep {
  label: string;
  request: AccessRequest;
  decision: Decision;
  trace: RunTraceStep[];
  /** The scenario policy behind each kind of policy the trace names. */
  sources: Partial<Record<TracePolicy, PolicyId>>;
  /** The engine input, for "what would make this allowed?". */
  input: AccessInput;
}

export interface InvalidPolicy {
  policyId: PolicyId;
  label: string;
  path: string;
  message: string;
}

export interface RunResult {
  title: string;
  principal: string;
  /** null when the run could not be evaluated (an invalid policy, an unknown principal). */
  decision: Decision | null;
  steps: RunStep[];
  invalid: InvalidPolicy[];
  error: string | null;
}

// ---------- resolving a request to the scenario's policies ----------

interface Resolved {
  resourcePolicy?: PolicyId;
  domainPolicy?: PolicyId;
  kms: boolean;
  resourceAccount?: string;
}

const KMS_BACKED = new Set(['s3:getobject', 's3:getobjectversion', 's3:putobject']);

/**
 * Which of the scenario's policies a request on `resource` is decided by: the repository policy
 * for the ECR repository, the bucket policy (and, for object reads and writes in an SSE-KMS
 * bucket, the key) for S3, the key policy for the key, the domain policy for the domain, and both
 * repository and domain policies inside a CodeArtifact repository (domain-policies).
 */
function resolve(s: AccessScenario, action: string, resource: string, withKms: boolean): Resolved {
  const arns = resourceArns(s);
  const r = s.resources;
  if (resource === arns.ecrRepository) return { resourcePolicy: 'ecr-repository', kms: false };
  if (resource === arns.bucket || resource.startsWith(`${arns.bucket}/`)) {
    // S3 ARNs carry no account: say whose bucket it is (reference_policies_evaluation-logic-cross-account)
    return {
      resourcePolicy: 'bucket',
      kms:
        withKms &&
        r.s3.encryption === 'SSE-KMS' &&
        KMS_BACKED.has(action.toLowerCase()) &&
        resource !== arns.bucket,
      resourceAccount: r.s3.account,
    };
  }
  if (resource === arns.key) return { kms: true };
  if (resource === arns.domain) return { domainPolicy: 'domain', kms: false };
  const packages = `arn:aws:codeartifact:${s.region}:${r.codeartifact.account}:package/${r.codeartifact.domain}/${r.codeartifact.repository}/`;
  if (resource === arns.caRepository || resource.startsWith(packages))
    return { resourcePolicy: 'ca-repository', domainPolicy: 'domain', kms: false };
  return { kms: false };
}

interface Docs {
  get(id: PolicyId): PolicyDocument | undefined;
  indexMap(id: PolicyId): number[] | undefined;
  invalid: InvalidPolicy[];
}

/** Reads the policies a run needs; invalid ones are collected, never thrown. */
function readDocs(s: AccessScenario, ids: PolicyId[]): Docs {
  const docs = new Map<PolicyId, { doc: PolicyDocument; map: number[] }>();
  const invalid: InvalidPolicy[] = [];
  for (const id of new Set(ids)) {
    const slot = getSlot(s, id);
    if (!slot) continue;
    const state = readPolicy(slot, policyKind(id));
    if (state.status === 'valid') docs.set(id, { doc: state.effective, map: state.originalIndex });
    else if (state.status === 'invalid')
      invalid.push({
        policyId: id,
        label: policyLabel(s, id),
        path: state.path,
        message: state.message,
      });
  }
  return { get: (id) => docs.get(id)?.doc, indexMap: (id) => docs.get(id)?.map, invalid };
}

function principalPolicies(s: AccessScenario, p: Principal): PolicyId[] {
  const member = s.organization?.members.includes(p.account);
  return [`identity:${p.name}`, `boundary:${p.name}`, ...(member ? (['scp'] as const) : [])];
}

function journeyPrincipal(s: AccessScenario, p: Principal, docs: Docs): JourneyPrincipal {
  const identity = docs.get(`identity:${p.name}`);
  const boundary = docs.get(`boundary:${p.name}`);
  const member = s.organization?.members.includes(p.account);
  const scp = member ? docs.get('scp') : undefined;
  return {
    arn: principalArn(p),
    identityPolicies: identity ? [identity] : [],
    ...(boundary ? { permissionsBoundary: boundary } : {}),
    ...(scp ? { scps: [scp] } : {}),
  };
}

function kmsKeyInput(s: AccessScenario, docs: Docs): KmsKeyInput {
  return {
    arn: resourceArns(s).key,
    // a key always has a key policy; an empty one allows nobody (key-policies)
    policy: docs.get('key') ?? { Version: '2012-10-17', Statement: [] },
    managedBy: s.resources.kms.managedBy,
  };
}

function inputFor(
  s: AccessScenario,
  who: JourneyPrincipal,
  request: AccessRequest,
  resolved: Resolved,
  docs: Docs,
): AccessInput {
  const resourcePolicy = resolved.resourcePolicy ? docs.get(resolved.resourcePolicy) : undefined;
  const domainPolicy = resolved.domainPolicy ? docs.get(resolved.domainPolicy) : undefined;
  return {
    principal: {
      arn: who.arn,
      identityPolicies: who.identityPolicies,
      ...(who.permissionsBoundary ? { permissionsBoundary: who.permissionsBoundary } : {}),
    },
    request,
    ...(resourcePolicy ? { resourcePolicy } : {}),
    ...(domainPolicy ? { domainPolicy } : {}),
    ...(resolved.kms ? { kmsKey: kmsKeyInput(s, docs) } : {}),
    ...(who.scps ? { scps: who.scps } : {}),
  };
}

function sourcesFor(p: Principal, resolved: Resolved): Partial<Record<TracePolicy, PolicyId>> {
  return {
    identity: `identity:${p.name}`,
    boundary: `boundary:${p.name}`,
    scp: 'scp',
    ...(resolved.resourcePolicy ? { resource: resolved.resourcePolicy } : {}),
    ...(resolved.domainPolicy ? { domain: resolved.domainPolicy } : {}),
    // a domain request's policy is the domain policy whichever way it was passed (service-rules)
    ...(resolved.kms ? { kms: 'key' as const } : {}),
  };
}

/**
 * The engine numbers statements of the evaluated policy, which lacks the switched-off ones: map
 * each step back to the statement as the learner wrote it, in its fields and its words.
 */
function mapTrace(
  trace: TraceStep[],
  sources: Partial<Record<TracePolicy, PolicyId>>,
  docs: Docs,
  originals: (id: PolicyId) => PolicyDocument | undefined,
): RunTraceStep[] {
  return trace.map((step) => {
    const policyId = sources[step.policy];
    if (!policyId) return { ...step };
    const out: RunTraceStep = { ...step, policyId };
    if (step.statement === undefined) return out;
    const map = docs.indexMap(policyId);
    const doc = originals(policyId);
    const bySid = doc?.Statement.findIndex((st) => st.Sid === step.statement) ?? -1;
    if (bySid !== -1) {
      out.index = bySid;
      const effective = map?.indexOf(bySid) ?? -1;
      if (effective !== -1 && effective !== bySid)
        out.reason = step.reason.replace(`(index ${effective})`, `(index ${bySid})`);
    } else if (/^\d+$/.test(step.statement)) {
      const effective = Number(step.statement);
      const original = map?.[effective] ?? effective;
      out.index = original;
      if (original !== effective) {
        out.statement = String(original);
        out.reason = step.reason.replace(
          new RegExp(`Statement ${effective}\\b`, 'g'),
          `Statement ${original}`,
        );
      }
    }
    return out;
  });
}

function originalsOf(s: AccessScenario) {
  return (id: PolicyId): PolicyDocument | undefined => {
    const slot = getSlot(s, id);
    if (!slot) return undefined;
    const state = readPolicy(slot, policyKind(id));
    return state.status === 'valid' ? state.document : undefined;
  };
}

function runJourney(
  s: AccessScenario,
  journey: JourneyId,
  p: Principal,
  docs: Docs,
): JourneyResult {
  const arns = resourceArns(s);
  const consumer = journeyPrincipal(s, p, docs);
  const context = principalContext(s, p);
  const hasContext = Object.keys(context).length > 0;
  const ctx = hasContext ? { context } : {};
  const policy = (id: PolicyId) => {
    const doc = docs.get(id);
    return doc ? { policy: doc } : {};
  };
  switch (journey) {
    case 'ecr-pull':
      return ecrCrossAccountPull({
        consumer,
        repository: { arn: arns.ecrRepository, ...policy('ecr-repository') },
        ...ctx,
      });
    case 's3-read': {
      const bucketPolicy = docs.get('bucket');
      return s3KmsArtifactRead({
        reader: consumer,
        object: {
          arn: arns.object,
          account: s.resources.s3.account,
          ...(bucketPolicy ? { bucketPolicy } : {}),
        },
        ...(s.resources.s3.encryption === 'SSE-KMS' ? { kmsKey: kmsKeyInput(s, docs) } : {}),
        ...ctx,
      });
    }
    case 'codeartifact-install':
      return codeArtifactCrossAccountInstall({
        consumer,
        domain: { arn: arns.domain, ...policy('domain') },
        repository: { arn: arns.caRepository, ...policy('ca-repository') },
        ...ctx,
      });
  }
}

function journeyPolicies(s: AccessScenario, journey: JourneyId): PolicyId[] {
  switch (journey) {
    case 'ecr-pull':
      return ['ecr-repository'];
    case 's3-read':
      return s.resources.s3.encryption === 'SSE-KMS' ? ['bucket', 'key'] : ['bucket'];
    case 'codeartifact-install':
      return ['domain', 'ca-repository'];
  }
}

export function runTitle(spec: RunSpec): string {
  return spec.kind === 'journey'
    ? `${JOURNEY_TITLES[spec.journey]} as ${spec.principal}`
    : `${spec.action} on ${spec.resource} as ${spec.principal}`;
}

/**
 * Evaluates a journey or a single request against the scenario with the access engine. Only
 * valid policies are evaluated: when one the run needs is invalid, nothing is decided and the
 * result says which policy and where. Never throws.
 */
export function runAccess(s: AccessScenario, spec: RunSpec): RunResult {
  const title = runTitle(spec);
  const p = s.principals.find((q) => q.name === spec.principal);
  const empty = { title, principal: spec.principal, decision: null, steps: [], invalid: [] };
  if (!p) return { ...empty, error: `There is no principal named ${spec.principal}.` };
  const needed: PolicyId[] = [...principalPolicies(s, p)];
  if (spec.kind === 'journey') needed.push(...journeyPolicies(s, spec.journey));
  else {
    const resolved = resolve(s, spec.action, spec.resource, true);
    if (resolved.resourcePolicy) needed.push(resolved.resourcePolicy);
    if (resolved.domainPolicy) needed.push(resolved.domainPolicy);
    if (resolved.kms) needed.push('key');
  }
  const docs = readDocs(s, needed);
  if (docs.invalid.length > 0) {
    return {
      ...empty,
      invalid: docs.invalid,
      error: `Not evaluated: ${docs.invalid.map((i) => `the ${lower(i.label)} is invalid${i.path ? ` at ${i.path}` : ''}`).join('; ')}. Only valid policies are evaluated — fix it or undo the edit.`,
    };
  }
  const originals = originalsOf(s);
  try {
    if (spec.kind === 'journey') {
      const result = runJourney(s, spec.journey, p, docs);
      const who = journeyPrincipal(s, p, docs);
      const steps = result.steps.map((step): RunStep => {
        // the journey passes exactly these policies for each of its calls (journeys.ts)
        const resolved = resolve(s, step.request.action, step.request.resource, false);
        const sources = sourcesFor(p, resolved);
        return {
          label: step.label,
          request: step.request,
          decision: step.result.decision,
          trace: mapTrace(step.result.trace, sources, docs, originals),
          sources,
          input: inputFor(s, who, step.request, resolved, docs),
        };
      });
      return {
        title,
        principal: p.name,
        decision: result.decision,
        steps,
        invalid: [],
        error: null,
      };
    }
    const context = principalContext(s, p);
    const resolved = resolve(s, spec.action, spec.resource, true);
    const request: AccessRequest = {
      action: spec.action,
      resource: spec.resource,
      ...(resolved.resourceAccount ? { resourceAccount: resolved.resourceAccount } : {}),
      ...(Object.keys(context).length ? { context } : {}),
    };
    const input = inputFor(s, journeyPrincipal(s, p, docs), request, resolved, docs);
    const result = evaluateAccess(input);
    const sources = sourcesFor(p, resolved);
    return {
      title,
      principal: p.name,
      decision: result.decision,
      steps: [
        {
          label: `${spec.action} on ${spec.resource}`,
          request,
          decision: result.decision,
          trace: mapTrace(result.trace, sources, docs, originals),
          sources,
          input,
        },
      ],
      invalid: [],
      error: null,
    };
  } catch (error) {
    return {
      ...empty,
      error: `Not evaluated: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
