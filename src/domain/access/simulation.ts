import type { ProcessPlan, SimulationStep as Step } from '../simulation';
import { evaluationWalk } from './evaluation-walk';
import { awsManagedS3KeyPolicy } from './kms';
import { located, PolicyError } from '../errors';
import { evaluateAccess } from './evaluate';
import {
  codeArtifactCrossAccountInstall,
  ecrCrossAccountPull,
  s3KmsArtifactRead,
  type JourneyPrincipal,
  type JourneyResult,
} from './journeys';
import { normalizePolicy } from './parse';
import { printPolicy } from './print';
import {
  getSlot,
  keyAlias,
  policyKind,
  policyLabel,
  principalArn,
  principalContext,
  readPolicy,
  resourceArns,
  setSlot,
  type AccessAction,
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
  Statement,
  TracePolicy,
  TraceStep,
} from './types';
import { whatWouldAllow, type Blocker, type Suggestion } from './what-would-allow';

export type SimulationStep = Step<AccessScenario>;

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

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

// ---------- what would make it allowed ----------

export interface AccessSuggestion extends Suggestion {
  /** Where "Add this statement" puts it, when the scenario has that policy. */
  policyId: PolicyId | null;
  /** The statement as a policy author writes it (one-item lists as strings). */
  json: Record<string, unknown>;
}

export interface StepSuggestions {
  label: string;
  decision: Decision;
  suggestions: AccessSuggestion[];
  blockers: (Blocker & { policyId?: PolicyId })[];
  decisionAfter: Decision;
}

/** A statement as AWS examples write it: grammar order, one-item lists as plain strings. */
export function statementJson(statement: Statement): Record<string, unknown> {
  const printed = JSON.parse(printPolicy({ Version: '2012-10-17', Statement: [statement] })) as {
    Statement: Record<string, unknown>[];
  };
  return printed.Statement[0]!;
}

/** "What would make this allowed?" for every step of a run that is denied. */
export function suggestAccess(s: AccessScenario, result: RunResult): StepSuggestions[] {
  const p = s.principals.find((q) => q.name === result.principal);
  return result.steps
    .filter((step) => step.decision !== 'Allow')
    .map((step) => {
      const w = whatWouldAllow(step.input);
      const target = (side: Suggestion['side']): PolicyId | null => {
        if (side === 'identity') return p ? `identity:${p.name}` : null;
        if (side === 'boundary') return p ? `boundary:${p.name}` : null;
        return step.sources[side] ?? null;
      };
      return {
        label: step.label,
        decision: w.decision,
        suggestions: w.suggestions.map((sg) => ({
          ...sg,
          policyId: target(sg.side),
          json: statementJson(sg.statement),
        })),
        blockers: w.blockers.map((b) => {
          const policyId = step.sources[b.policy];
          return policyId ? { ...b, policyId } : { ...b };
        }),
        decisionAfter: w.decisionAfter,
      };
    });
}

export interface MergedSuggestions {
  policyId: PolicyId;
  /** The statements to add, one per resource (and principal and condition), actions combined. */
  statements: Record<string, unknown>[];
}

/**
 * Every suggestion of a run, per policy, as few statements as possible: suggestions that differ
 * only in their action become one statement listing them all.
 */
export function mergeSuggestions(perStep: readonly StepSuggestions[]): MergedSuggestions[] {
  const byPolicy = new Map<PolicyId, Map<string, Statement>>();
  for (const sg of perStep.flatMap((p) => p.suggestions)) {
    if (!sg.policyId) continue;
    const groups = byPolicy.get(sg.policyId) ?? new Map<string, Statement>();
    byPolicy.set(sg.policyId, groups);
    const { Sid: _sid, Action, ...rest } = sg.statement;
    const key = JSON.stringify(rest);
    const found = groups.get(key);
    if (!found) groups.set(key, { ...sg.statement, Action: [...(Action ?? [])] });
    else {
      const actions = [...new Set([...(found.Action ?? []), ...(Action ?? [])])];
      const services = [...new Set(actions.map((a) => a.slice(0, a.indexOf(':'))))];
      const sid =
        `Allow${services.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join('')}`.replace(
          /[^A-Za-z0-9]/g,
          '',
        );
      groups.set(key, { ...found, Sid: sid, Action: actions });
    }
  }
  return [...byPolicy].map(([policyId, groups]) => ({
    policyId,
    statements: [...groups.values()].map(statementJson),
  }));
}

// ---------- the reducer ----------

function stepLines(result: RunResult): string[] {
  if (result.decision === null) return [result.error ?? 'Not evaluated.'];
  return result.steps.map((step, i) => {
    const decides = step.trace.find((t) => t.outcome === 'decides');
    const prefix = result.steps.length > 1 ? `${i + 1}. ${step.label}: ` : '';
    return `${prefix}${step.request.action} on ${step.request.resource} → ${step.decision}. ${decides?.reason ?? ''}`.trim();
  });
}

const decisionText = (r: RunResult) => r.decision ?? 'not evaluated';

/** After a change, the last run is decided again so its outcome is always current. */
function changed(
  before: AccessScenario,
  after: AccessScenario,
  summary: string,
  lines: string[],
): SimulationStep {
  if (!after.run) return { scenario: after, summary, trace: lines };
  const was = runAccess(before, after.run);
  const now = runAccess(after, after.run);
  const moved = was.decision !== now.decision;
  return {
    scenario: after,
    summary: `${summary} → ${decisionText(now)}`,
    trace: [
      ...lines,
      `Re-running ${now.title}: ${decisionText(now)}${moved ? ` (was ${decisionText(was)})` : ' (unchanged)'}.`,
      ...stepLines(now),
    ],
  };
}

function refuse(s: AccessScenario, summary: string, reason: string): SimulationStep {
  return { scenario: s, summary, trace: [reason] };
}

function uniqueSid(existing: unknown[], sid: unknown): unknown {
  if (typeof sid !== 'string') return sid;
  const taken = new Set(
    existing.map((x) => (x && typeof x === 'object' ? (x as { Sid?: unknown }).Sid : undefined)),
  );
  let candidate = sid;
  for (let k = 2; taken.has(candidate); k++) candidate = `${sid}${k}`;
  return candidate;
}

/** Each request of a run as the accessCheck process plays it. */
function checksOf(result: RunResult): ProcessPlan[] {
  return result.steps.map((step) => ({
    machine: 'accessCheck',
    input: { label: step.label, walk: evaluationWalk(step.input) },
  }));
}

/** Applies one learner action to a scenario. Pure: the input is never changed, and it never throws. */
export function applyAccessAction(s: AccessScenario, action: AccessAction): SimulationStep {
  try {
    return apply(s, action);
  } catch (error) {
    // the engine's parsers throw PolicyError on input they refuse; the simulator reports it
    const message = error instanceof Error ? error.message : String(error);
    return refuse(s, 'Action refused', message);
  }
}

function managedKeyRefusal(s: AccessScenario, id: PolicyId): SimulationStep | null {
  if (id !== 'key' || s.resources.kms.managedBy !== 'AWS') return null;
  return refuse(
    s,
    'Key policy unchanged',
    `${keyAlias(s)} is an AWS managed key: AWS writes its key policy and nobody can change it, so it can never allow another account (kms concepts: AWS managed keys). Switch the bucket to a customer managed key first.`,
  );
}

function apply(s: AccessScenario, action: AccessAction): SimulationStep {
  switch (action.type) {
    case 'policy.edit': {
      const slot = getSlot(s, action.policyId);
      if (!slot)
        return refuse(
          s,
          `No policy ${action.policyId}`,
          `This scenario has no policy ${action.policyId}.`,
        );
      const label = policyLabel(s, action.policyId);
      const blocked = managedKeyRefusal(s, action.policyId);
      if (blocked) return blocked;
      const text = action.text ?? JSON.stringify(action.document, null, 2);
      const next = setSlot(s, action.policyId, { text, disabled: [] });
      const state = readPolicy({ text, disabled: [] }, policyKind(action.policyId));
      const lines = [
        state.status === 'empty'
          ? `${label} removed: nothing is attached now.`
          : state.status === 'invalid'
            ? `${label} saved as typed, but it is invalid${state.path ? ` at ${state.path}` : ''}: ${state.message}. Runs that need it are not evaluated until it is fixed.`
            : `${label} saved: ${state.document.Statement.length} statement${state.document.Statement.length === 1 ? '' : 's'}.`,
        ...(slot.disabled.length
          ? [
              'Statements switched off before the edit are switched on again (their positions may have changed).',
            ]
          : []),
      ];
      return changed(
        s,
        next,
        `Edited ${lower(label)}${state.status === 'invalid' ? ' (invalid)' : ''}`,
        lines,
      );
    }
    case 'statement.toggle': {
      const slot = getSlot(s, action.policyId);
      if (!slot)
        return refuse(
          s,
          `No policy ${action.policyId}`,
          `This scenario has no policy ${action.policyId}.`,
        );
      const label = policyLabel(s, action.policyId);
      const state = readPolicy({ text: slot.text, disabled: [] }, policyKind(action.policyId));
      if (state.status !== 'valid')
        return refuse(
          s,
          `${label}: nothing to switch`,
          `${label} is ${state.status === 'empty' ? 'empty' : 'invalid'}, so it has no statements to switch on or off.`,
        );
      const statement = state.document.Statement[action.index];
      if (!statement)
        return refuse(
          s,
          `${label}: no statement ${action.index}`,
          `${label} has ${state.document.Statement.length} statements (0–${state.document.Statement.length - 1}).`,
        );
      const off = !slot.disabled.includes(action.index);
      const disabled = off
        ? [...slot.disabled, action.index].sort((a, b) => a - b)
        : slot.disabled.filter((i) => i !== action.index);
      const name = statement.Sid ? `'${statement.Sid}'` : `${action.index}`;
      return changed(
        s,
        setSlot(s, action.policyId, { text: slot.text, disabled }),
        `Statement ${name} of ${lower(label)} switched ${off ? 'off' : 'on'}`,
        [
          off
            ? `What if statement ${name} of the ${lower(label)} did not exist? It is left out of every evaluation until you switch it on again.`
            : `Statement ${name} of the ${lower(label)} counts again.`,
        ],
      );
    }
    case 'statement.add': {
      const slot = getSlot(s, action.policyId);
      if (!slot)
        return refuse(
          s,
          `No policy ${action.policyId}`,
          `This scenario has no policy ${action.policyId}.`,
        );
      const label = policyLabel(s, action.policyId);
      const blocked = managedKeyRefusal(s, action.policyId);
      if (blocked) return blocked;
      const kind = policyKind(action.policyId);
      try {
        normalizePolicy(
          { Version: '2012-10-17', Statement: [action.statement] },
          { kind, path: 'statement' },
        );
      } catch (error) {
        if (error instanceof PolicyError)
          return refuse(
            s,
            `Statement not added to ${lower(label)}`,
            `The statement is not valid in a ${kind === 'identity' ? 'identity-based' : 'resource-based'} policy: ${located({ path: error.path.replace(/^statement\.Statement\[0\]\.?/, ''), message: error.problem })}`,
          );
        throw error;
      }
      const state = readPolicy(slot, kind);
      if (state.status === 'invalid')
        return refuse(
          s,
          `Statement not added to ${lower(label)}`,
          `${label} is invalid${state.path ? ` at ${state.path}` : ''} (${state.message}); fix it before adding statements.`,
        );
      let doc: Record<string, unknown>;
      if (state.status === 'empty') doc = { Version: '2012-10-17', Statement: [] };
      else doc = JSON.parse(slot.text) as Record<string, unknown>;
      const list: unknown[] = Array.isArray(doc.Statement)
        ? [...(doc.Statement as unknown[])]
        : [doc.Statement];
      const statement = { ...action.statement };
      if (statement.Sid !== undefined) statement.Sid = uniqueSid(list, statement.Sid);
      list.push(statement);
      const text = JSON.stringify({ ...doc, Statement: list }, null, 2);
      return changed(
        s,
        setSlot(s, action.policyId, { text, disabled: slot.disabled }),
        `Added statement ${typeof statement.Sid === 'string' ? `'${statement.Sid}' ` : ''}to ${lower(label)}`,
        [
          `${label} now has ${list.length} statement${list.length === 1 ? '' : 's'}; the new one is statement ${list.length - 1}.`,
        ],
      );
    }
    case 'journey.run': {
      const principal = action.principal ?? s.principals[0]!.name;
      if (!s.principals.some((p) => p.name === principal))
        return refuse(s, `No principal ${principal}`, `There is no principal named ${principal}.`);
      const run: RunSpec = { kind: 'journey', journey: action.journey, principal };
      const result = runAccess(s, run);
      return {
        scenario: { ...s, run },
        summary: `${JOURNEY_TITLES[action.journey]} as ${principal} → ${decisionText(result)}`,
        trace: stepLines(result),
        processes: checksOf(result),
      };
    }
    case 'request.run': {
      if (!s.principals.some((p) => p.name === action.principal))
        return refuse(
          s,
          `No principal ${action.principal}`,
          `There is no principal named ${action.principal}.`,
        );
      const run: RunSpec = {
        kind: 'request',
        principal: action.principal,
        action: action.action,
        resource: action.resource,
      };
      const result = runAccess(s, run);
      return {
        scenario: { ...s, run },
        summary: `${action.action} on ${action.resource} as ${action.principal} → ${decisionText(result)}`,
        trace: stepLines(result),
        processes: checksOf(result),
      };
    }
    case 'key.manager.set': {
      const kms = s.resources.kms;
      if (kms.managedBy === action.managedBy)
        return refuse(
          s,
          `Key already ${action.managedBy === 'AWS' ? 'AWS' : 'customer'} managed`,
          'Nothing changed.',
        );
      const aws = action.managedBy === 'AWS';
      const next: AccessScenario = {
        ...s,
        resources: {
          ...s.resources,
          kms: {
            ...kms,
            managedBy: action.managedBy,
            policy: {
              text: JSON.stringify(aws ? awsManagedKeyPolicy(s) : defaultKeyPolicy(s), null, 2),
              disabled: [],
            },
          },
        },
      };
      return changed(
        s,
        next,
        aws
          ? 'Artifacts re-encrypted with the AWS managed key aws/s3'
          : `Artifacts re-encrypted with the customer managed key ${keyAlias(next)}`,
        [
          aws
            ? 'The objects now use aws/s3, an AWS managed key: its key policy is written by AWS (use through S3 by principals of its own account only) and cannot be changed, so no other account can decrypt them (UsingKMSEncryption).'
            : `The objects are re-encrypted with a customer managed key you control. A new key starts with the default key policy, which trusts only account ${kms.account} (key-policy-default): to share it, add a statement for the other account. (The simulator keeps the key ARN so your IAM policies still point at it.)`,
        ],
      );
    }
    case 'bucket.encryption.set': {
      const s3 = s.resources.s3;
      if (s3.encryption === action.encryption)
        return refuse(s, `Bucket already uses ${action.encryption}`, 'Nothing changed.');
      const next: AccessScenario = {
        ...s,
        resources: { ...s.resources, s3: { ...s3, encryption: action.encryption } },
      };
      return changed(s, next, `Artifacts re-encrypted with ${action.encryption}`, [
        action.encryption === 'SSE-KMS'
          ? `Objects in ${s3.bucket} are encrypted with the KMS key ${keyAlias(s)}: reading one also needs kms:Decrypt on the key, for the reader, under the key policy and the reader's IAM policy (UsingKMSEncryption).`
          : `Objects in ${s3.bucket} use SSE-S3 (S3-managed keys): no KMS permission is involved in reading them.`,
      ]);
    }
    case 'context.set': {
      const p = s.principals.find((q) => q.name === action.principal);
      if (!p)
        return refuse(
          s,
          `No principal ${action.principal}`,
          `There is no principal named ${action.principal}.`,
        );
      const context = { ...p.context };
      for (const key of Object.keys(context))
        if (key.toLowerCase() === action.key.toLowerCase()) delete context[key];
      if (action.value !== null)
        context[action.key] = Array.isArray(action.value) ? [...action.value] : action.value;
      const next: AccessScenario = {
        ...s,
        principals: s.principals.map((q) => (q === p ? { ...q, context } : q)),
      };
      const value =
        action.value === null
          ? null
          : Array.isArray(action.value)
            ? `[${action.value.join(', ')}]`
            : action.value;
      return changed(
        s,
        next,
        value === null
          ? `${action.key} of ${p.name} cleared`
          : `${action.key} of ${p.name} = ${value}`,
        [
          value === null
            ? `Requests by ${p.name} no longer carry an explicit ${action.key}${action.key.toLowerCase() === 'aws:principalorgid' && s.organization?.members.includes(p.account) ? ` (its organization still sets ${s.organization.id})` : ''}.`
            : `Requests by ${p.name} now carry ${action.key} = ${value}; conditions on that key see this value (reference_policies_condition-keys).`,
        ],
      );
    }
  }
}

/** The key policy a new customer managed key gets: the account, through IAM (key-policy-default). */
export function defaultKeyPolicy(s: AccessScenario): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EnableIAMUserPermissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${s.resources.kms.account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

/** The shape of the aws/s3 key policy: use through S3, by principals of the key's own account. */
export function awsManagedKeyPolicy(s: AccessScenario): Record<string, unknown> {
  return awsManagedS3KeyPolicy(s.resources.kms.account, s.region);
}
