import type { ProcessPlan, SimulationStep as Step } from '../simulation';
import { evaluationWalk } from './evaluation-walk';
import { awsManagedS3KeyPolicy } from './kms';
import { located, PolicyError } from '../errors';
import { normalizePolicy } from './parse';
import { JOURNEY_TITLES, lower, runAccess, type RunResult } from './run';
import {
  getSlot,
  keyAlias,
  policyKind,
  policyLabel,
  readPolicy,
  setSlot,
  type AccessAction,
  type AccessScenario,
  type PolicyId,
  type PolicySlot,
  type RunSpec,
} from './scenario';
import { suggestAccess, type StepSuggestions } from './suggestions';

/** What a step of the access simulator evaluates to: its last run, decided once, here. */
export interface AccessOutcome {
  /** The last run (a journey or a request) on the step's scenario; null before any run. */
  result: RunResult | null;
  /** What would make each denied request of that run allowed ("What would make this allowed?"). */
  suggestions: StepSuggestions[];
}

export type SimulationStep = Step<AccessScenario, AccessOutcome> & { outcome: AccessOutcome };

/** The outcome of a scenario's last run, given the run's result when it is already known. */
export function accessOutcome(
  s: AccessScenario,
  result: RunResult | null = s.run ? runAccess(s, s.run) : null,
): AccessOutcome {
  const denied = result !== null && result.decision !== null && result.decision !== 'Allow';
  return { result, suggestions: denied ? suggestAccess(s, result) : [] };
}

/** The first step of a history: the scenario as loaded, its last run decided. */
export function startAccessStep(s: AccessScenario, summary: string): SimulationStep {
  return { scenario: s, summary, trace: [], outcome: accessOutcome(s) };
}

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
  if (!after.run) return { scenario: after, summary, trace: lines, outcome: accessOutcome(after) };
  const was = runAccess(before, after.run);
  const now = runAccess(after, after.run);
  const moved = was.decision !== now.decision;
  return {
    scenario: after,
    outcome: accessOutcome(after, now),
    summary: `${summary} → ${decisionText(now)}`,
    trace: [
      ...lines,
      `Re-running ${now.title}: ${decisionText(now)}${moved ? ` (was ${decisionText(was)})` : ' (unchanged)'}.`,
      ...stepLines(now),
    ],
  };
}

function refuse(s: AccessScenario, summary: string, reason: string): SimulationStep {
  return { scenario: s, summary, trace: [reason], outcome: accessOutcome(s) };
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

/**
 * The policy an action names, with its label; a refusal when the scenario has no such policy, or
 * when the action would change the key policy of an AWS managed key.
 */
function targetPolicy(
  s: AccessScenario,
  id: PolicyId,
  use: 'toggle' | 'change',
): { slot: PolicySlot; label: string } | { refusal: SimulationStep } {
  const slot = getSlot(s, id);
  if (!slot) return { refusal: refuse(s, `No policy ${id}`, `This scenario has no policy ${id}.`) };
  if (use === 'change' && id === 'key' && s.resources.kms.managedBy === 'AWS')
    return {
      refusal: refuse(
        s,
        'Key policy unchanged',
        `${keyAlias(s)} is an AWS managed key: AWS writes its key policy and nobody can change it, so it can never allow another account (kms concepts: AWS managed keys). Switch the bucket to a customer managed key first.`,
      ),
    };
  return { slot, label: policyLabel(s, id) };
}

function apply(s: AccessScenario, action: AccessAction): SimulationStep {
  switch (action.type) {
    case 'policy.edit': {
      const target = targetPolicy(s, action.policyId, 'change');
      if ('refusal' in target) return target.refusal;
      const { slot, label } = target;
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
      const target = targetPolicy(s, action.policyId, 'toggle');
      if ('refusal' in target) return target.refusal;
      const { slot, label } = target;
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
      const target = targetPolicy(s, action.policyId, 'change');
      if ('refusal' in target) return target.refusal;
      const { slot, label } = target;
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
        outcome: accessOutcome({ ...s, run }, result),
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
        outcome: accessOutcome({ ...s, run }, result),
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
