import type { Decision, PrincipalElement, Statement, TraceStep } from '../../../domain/access';
import { policyLabel, type AccessScenario } from '../../../domain/access/scenario';
import type { RunTraceStep } from '../../../domain/access/run';

/** "arn:aws:ecr:eu-west-1:111111111111:repository/app" → "repository/app"; S3 ARNs → "bucket/key". */
export function shortArn(arn: string): string {
  if (arn === '*') return '*';
  const parts = arn.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return arn;
  return parts.slice(5).join(':');
}

function principalWords(p: PrincipalElement): string {
  if (p === '*') return 'anyone (*)';
  const out: string[] = [];
  for (const id of p.AWS ?? []) {
    if (id === '*') out.push('any AWS principal');
    else if (/^\d{12}$/.test(id)) out.push(`account ${id}`);
    else {
      const m = /^arn:[^:]+:iam::(\d{12}):(root|role\/.+|user\/.+)$/.exec(id);
      if (!m) out.push(id);
      else if (m[2] === 'root') out.push(`account ${m[1]}`);
      else out.push(`${m[2]!.replace('/', ' ')} (${m[1]})`);
    }
  }
  for (const s of p.Service ?? []) out.push(s);
  for (const f of p.Federated ?? []) out.push(f);
  for (const c of p.CanonicalUser ?? []) out.push(`canonical user ${c.slice(0, 8)}…`);
  return out.join(', ');
}

function list(values: readonly string[], max = 3): string {
  return values.length <= max
    ? values.join(', ')
    : `${values.slice(0, max).join(', ')} +${values.length - max} more`;
}

/** One statement in a line: "Allow ecr:BatchGetImage, … on repository/app to account 222222222222 if …". */
export function statementSummary(st: Statement): string {
  const actions = st.Action ? list(st.Action) : `every action except ${list(st.NotAction ?? [])}`;
  const resources = st.Resource
    ? st.Resource.length === 1 && st.Resource[0] === '*'
      ? ''
      : ` on ${list(st.Resource.map(shortArn), 2)}`
    : st.NotResource
      ? ` on everything except ${list(st.NotResource.map(shortArn), 2)}`
      : '';
  const principal = st.Principal
    ? ` to ${principalWords(st.Principal)}`
    : st.NotPrincipal
      ? ` to everyone except ${principalWords(st.NotPrincipal)}`
      : '';
  const conditions = st.Condition
    ? ` if ${Object.entries(st.Condition)
        .flatMap(([op, keys]) => Object.keys(keys).map((k) => `${op} ${k}`))
        .join(' and ')}`
    : '';
  return `${actions}${resources}${principal}${conditions}`;
}

export function statementName(st: Statement | undefined, index: number): string {
  return st?.Sid ? `'${st.Sid}'` : `#${index}`;
}

export const OUTCOME_WORDS: Record<TraceStep['outcome'], string> = {
  allow: 'allows',
  deny: 'denies',
  'no-match': 'does not apply',
  decides: 'decides',
};

export const DECISION_WORDS: Record<Decision, string> = {
  Allow: 'Allow',
  ImplicitDeny: 'Implicit deny',
  ExplicitDeny: 'Explicit deny',
};

/** Which policy a trace step is about, in words. */
export function traceSource(s: AccessScenario, step: RunTraceStep): string {
  if (step.policyId) return policyLabel(s, step.policyId);
  switch (step.policy) {
    case 'service-rule':
      return 'AWS rule';
    case 'resource':
      return 'Resource policy';
    case 'domain':
      return 'Domain policy';
    case 'kms':
      return 'Key policy';
    case 'scp':
      return 'SCP';
    case 'boundary':
      return 'Permissions boundary';
    case 'identity':
      return 'Identity policy';
  }
}
