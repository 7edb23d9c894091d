/**
 * Parsing and validating an S3 Lifecycle configuration in the S3 API's JSON form, with every
 * documented constraint reported as a PolicyError at its JSON path.
 * Doc slugs refer to https://docs.aws.amazon.com/AmazonS3/latest/userguide/<slug>.html and the
 * API reference (API_LifecycleRule, API_LifecycleExpiration, …).
 */
import { PolicyError } from '../errors';
import {
  expectArray,
  expectObject,
  expectOneOf,
  expectString,
  has,
  join,
  parseJsonText,
  rejectUnknownKeys,
  requiredInteger,
} from './json';
import {
  S3_MAX_ID_LENGTH,
  S3_MAX_RULES,
  type S3LifecycleConfiguration,
  type S3LifecycleRule,
} from './s3-types';
import {
  checkExpirationAfterTransitions,
  checkNoncurrentChain,
  checkTransitionChain,
  validateExpiration,
  validateNoncurrentExpiration,
  validateNoncurrentTransition,
  validateTransition,
} from './s3-parse-actions';
import { filterUsesTags, validateFilter } from './s3-parse-filter';

/** Parses and validates a lifecycle configuration in the S3 API's JSON form. */
export function parseS3LifecycleConfiguration(json: string): S3LifecycleConfiguration {
  return validateS3LifecycleConfiguration(parseJsonText(json));
}

/** Validates an already-parsed configuration (any JSON value); returns a clean copy. */
export function validateS3LifecycleConfiguration(value: unknown): S3LifecycleConfiguration {
  const root = expectObject(value, '', 'a lifecycle configuration');
  rejectUnknownKeys(root, ['Rules', 'TransitionDefaultMinimumObjectSize'], '');
  if (!has(root, 'Rules'))
    throw new PolicyError('Rules', 'a lifecycle configuration needs a "Rules" array');
  const raw = expectArray(root['Rules'], 'Rules', '"Rules"');
  // at least one rule; at most 1,000 (intro-lifecycle-rules; ErrorResponses InvalidRequest)
  if (raw.length === 0)
    throw new PolicyError('Rules', 'at least one lifecycle rule must be specified');
  if (raw.length > S3_MAX_RULES) {
    throw new PolicyError(
      'Rules',
      `the number of lifecycle rules must not exceed ${S3_MAX_RULES}; this configuration has ${raw.length}`,
    );
  }
  const rules = raw.map((r, i) => validateRule(r, join('Rules', i)));
  const ids = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (rule.ID === undefined) return;
    // rule IDs are unique within a configuration (intro-lifecycle-rules)
    const previous = ids.get(rule.ID);
    if (previous !== undefined) {
      throw new PolicyError(
        join(join('Rules', i), 'ID'),
        `rule ID "${rule.ID}" is already used by Rules[${previous}]`,
      );
    }
    ids.set(rule.ID, i);
  });
  if (has(root, 'TransitionDefaultMinimumObjectSize')) {
    const size = expectOneOf(
      root['TransitionDefaultMinimumObjectSize'],
      ['all_storage_classes_128K', 'varies_by_storage_class'] as const,
      'TransitionDefaultMinimumObjectSize',
      'TransitionDefaultMinimumObjectSize',
    );
    return { TransitionDefaultMinimumObjectSize: size, Rules: rules };
  }
  return { Rules: rules };
}

const RULE_KEYS = [
  'ID',
  'Status',
  'Filter',
  'Prefix',
  'Transitions',
  'Expiration',
  'NoncurrentVersionTransitions',
  'NoncurrentVersionExpiration',
  'AbortIncompleteMultipartUpload',
] as const;

function validateRule(raw: unknown, path: string): S3LifecycleRule {
  const rule = expectObject(raw, path, 'a lifecycle rule');
  for (const [singular, plural] of [
    ['Transition', 'Transitions'],
    ['NoncurrentVersionTransition', 'NoncurrentVersionTransitions'],
  ] as const) {
    if (has(rule, singular)) {
      throw new PolicyError(
        join(path, singular),
        `the JSON form lists transitions under "${plural}" (an array), not "${singular}"`,
      );
    }
  }
  rejectUnknownKeys(rule, RULE_KEYS, path);
  const out: S3LifecycleRule = { Status: 'Enabled' };
  if (has(rule, 'ID')) {
    const id = expectString(rule['ID'], join(path, 'ID'), 'ID');
    // ID length is limited to 255 characters (intro-lifecycle-rules)
    if (id.length > S3_MAX_ID_LENGTH) {
      throw new PolicyError(
        join(path, 'ID'),
        `a rule ID is at most ${S3_MAX_ID_LENGTH} characters; this one has ${id.length}`,
      );
    }
    out.ID = id;
  }
  if (!has(rule, 'Status'))
    throw new PolicyError(join(path, 'Status'), 'Status is required ("Enabled" or "Disabled")');
  out.Status = expectOneOf(
    rule['Status'],
    ['Enabled', 'Disabled'] as const,
    join(path, 'Status'),
    'Status',
  );

  // Filter is required unless the deprecated rule-level Prefix is used (API_LifecycleRule)
  const hasFilter = has(rule, 'Filter');
  if (hasFilter && has(rule, 'Prefix')) {
    throw new PolicyError(
      join(path, 'Prefix'),
      'use either Filter or the deprecated rule-level Prefix, not both',
    );
  }
  if (!hasFilter && !has(rule, 'Prefix')) {
    throw new PolicyError(
      join(path, 'Filter'),
      'a rule needs a Filter ({} for every object in the bucket)',
    );
  }
  if (hasFilter) out.Filter = validateFilter(rule['Filter'], join(path, 'Filter'));
  else out.Prefix = expectString(rule['Prefix'], join(path, 'Prefix'), 'Prefix');
  const usesTags = out.Filter !== undefined && filterUsesTags(out.Filter);

  let usesDays = false;
  let usesDate = false;
  if (has(rule, 'Transitions')) {
    const list = expectArray(rule['Transitions'], join(path, 'Transitions'), 'Transitions');
    if (list.length === 0)
      throw new PolicyError(join(path, 'Transitions'), 'Transitions needs at least one transition');
    out.Transitions = list.map((t, i) => validateTransition(t, join(join(path, 'Transitions'), i)));
    for (const t of out.Transitions) {
      if (t.Days !== undefined) usesDays = true;
      else usesDate = true;
    }
  }
  if (has(rule, 'Expiration')) {
    out.Expiration = validateExpiration(rule['Expiration'], join(path, 'Expiration'));
    if (out.Expiration.Days !== undefined) usesDays = true;
    if (out.Expiration.Date !== undefined) usesDate = true;
    // ExpiredObjectDeleteMarker can't be used in a rule with a tag filter (lifecycle-configuration-examples)
    if (out.Expiration.ExpiredObjectDeleteMarker !== undefined && usesTags) {
      throw new PolicyError(
        join(path, 'Expiration.ExpiredObjectDeleteMarker'),
        'ExpiredObjectDeleteMarker cannot be used in a rule whose filter uses object tags',
      );
    }
  }
  // one rule can't use both Date and Days (lifecycle-configuration-examples)
  if (usesDays && usesDate) {
    throw new PolicyError(
      path,
      'a rule cannot use both Date and Days in its transitions and expiration',
    );
  }
  if (out.Transitions) checkTransitionChain(out.Transitions, join(path, 'Transitions'));
  if (out.Transitions && out.Expiration)
    checkExpirationAfterTransitions(out.Transitions, out.Expiration, path);

  if (has(rule, 'NoncurrentVersionTransitions')) {
    const list = expectArray(
      rule['NoncurrentVersionTransitions'],
      join(path, 'NoncurrentVersionTransitions'),
      'NoncurrentVersionTransitions',
    );
    if (list.length === 0) {
      throw new PolicyError(
        join(path, 'NoncurrentVersionTransitions'),
        'NoncurrentVersionTransitions needs at least one transition',
      );
    }
    out.NoncurrentVersionTransitions = list.map((t, i) =>
      validateNoncurrentTransition(t, join(join(path, 'NoncurrentVersionTransitions'), i)),
    );
    checkNoncurrentChain(
      out.NoncurrentVersionTransitions,
      join(path, 'NoncurrentVersionTransitions'),
    );
  }
  if (has(rule, 'NoncurrentVersionExpiration')) {
    out.NoncurrentVersionExpiration = validateNoncurrentExpiration(
      rule['NoncurrentVersionExpiration'],
      join(path, 'NoncurrentVersionExpiration'),
    );
    const latest = Math.max(
      -1,
      ...(out.NoncurrentVersionTransitions ?? []).map((t) => t.NoncurrentDays),
    );
    // noncurrent expiration comes after every noncurrent transition (S3 InvalidArgument, like Days below)
    if (out.NoncurrentVersionExpiration.NoncurrentDays <= latest) {
      throw new PolicyError(
        join(path, 'NoncurrentVersionExpiration.NoncurrentDays'),
        `'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action (${latest})`,
      );
    }
  }
  // NewerNoncurrentVersions needs a Filter element (lifecycle-expire-general-considerations)
  if (!hasFilter) {
    const newer =
      out.NoncurrentVersionExpiration?.NewerNoncurrentVersions !== undefined
        ? 'NoncurrentVersionExpiration.NewerNoncurrentVersions'
        : out.NoncurrentVersionTransitions?.some((t) => t.NewerNoncurrentVersions !== undefined)
          ? 'NoncurrentVersionTransitions'
          : undefined;
    if (newer)
      throw new PolicyError(
        join(path, newer),
        'NewerNoncurrentVersions needs a Filter element (InvalidRequest otherwise)',
      );
  }
  if (has(rule, 'AbortIncompleteMultipartUpload')) {
    const p = join(path, 'AbortIncompleteMultipartUpload');
    const abort = expectObject(
      rule['AbortIncompleteMultipartUpload'],
      p,
      'AbortIncompleteMultipartUpload',
    );
    rejectUnknownKeys(abort, ['DaysAfterInitiation'], p);
    const days = requiredInteger(abort, 'DaysAfterInitiation', p, 1);
    // AbortIncompleteMultipartUpload can't be used in a rule with a tag filter (lifecycle-configuration-examples)
    if (usesTags)
      throw new PolicyError(
        p,
        'AbortIncompleteMultipartUpload cannot be used in a rule whose filter uses object tags',
      );
    out.AbortIncompleteMultipartUpload = { DaysAfterInitiation: days };
  }
  // at least one action per rule (ErrorResponses InvalidRequest)
  if (
    !out.Transitions &&
    !out.Expiration &&
    !out.NoncurrentVersionTransitions &&
    !out.NoncurrentVersionExpiration &&
    !out.AbortIncompleteMultipartUpload
  ) {
    throw new PolicyError(path, 'at least one action must be specified in a lifecycle rule');
  }
  return orderRule(out);
}

/** The same rule with its keys in the API's order, so printing is stable. */
function orderRule(rule: S3LifecycleRule): S3LifecycleRule {
  const source = rule as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of RULE_KEYS) if (source[key] !== undefined) out[key] = source[key];
  return out as unknown as S3LifecycleRule;
}

/** Prints a configuration as two-space JSON; parse(print(c)) deep-equals c. */
export function printS3LifecycleConfiguration(configuration: S3LifecycleConfiguration): string {
  return JSON.stringify(configuration, null, 2);
}
