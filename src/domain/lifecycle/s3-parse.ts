/**
 * Parsing and validating an S3 Lifecycle configuration in the S3 API's JSON form, with every
 * documented constraint reported as a PolicyError at its JSON path.
 * Doc slugs refer to https://docs.aws.amazon.com/AmazonS3/latest/userguide/<slug>.html and the
 * API reference (API_LifecycleRule, API_LifecycleExpiration, …).
 */
import { PolicyError } from '../errors';
import { DAY_MS, isMidnightUtc, parseInstant } from './dates';
import {
  expectArray,
  expectInteger,
  expectObject,
  expectOneOf,
  expectString,
  has,
  join,
  parseJsonText,
  rejectUnknownKeys,
} from './json';
import {
  S3_MAX_FILTER_SIZE,
  S3_MAX_ID_LENGTH,
  S3_MAX_NEWER_NONCURRENT,
  S3_MAX_RULES,
  S3_MINIMUM_STORAGE_DAYS,
  S3_SUPPORTED_TRANSITIONS,
  S3_TRANSITION_CLASSES,
  type S3AndOperator,
  type S3Expiration,
  type S3LifecycleConfiguration,
  type S3LifecycleFilter,
  type S3LifecycleRule,
  type S3NoncurrentVersionExpiration,
  type S3NoncurrentVersionTransition,
  type S3Tag,
  type S3Transition,
  type S3TransitionStorageClass,
} from './s3-types';

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
    if (!has(abort, 'DaysAfterInitiation'))
      throw new PolicyError(join(p, 'DaysAfterInitiation'), 'DaysAfterInitiation is required');
    const days = expectInteger(
      abort['DaysAfterInitiation'],
      join(p, 'DaysAfterInitiation'),
      'DaysAfterInitiation',
      1,
    );
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

function filterUsesTags(filter: S3LifecycleFilter): boolean {
  return filter.Tag !== undefined || (filter.And?.Tags?.length ?? 0) > 0;
}

function validateTag(raw: unknown, path: string): S3Tag {
  const tag = expectObject(raw, path, 'a tag');
  rejectUnknownKeys(tag, ['Key', 'Value'], path);
  if (!has(tag, 'Key')) throw new PolicyError(join(path, 'Key'), 'a tag needs a Key');
  const key = expectString(tag['Key'], join(path, 'Key'), 'Key');
  // Key: 1–128 characters, Value up to 256 (API_Tag)
  if (key.length < 1 || key.length > 128)
    throw new PolicyError(join(path, 'Key'), 'a tag Key is 1–128 characters');
  if (!has(tag, 'Value')) return { Key: key };
  const value = expectString(tag['Value'], join(path, 'Value'), 'Value');
  if (value.length > 256)
    throw new PolicyError(join(path, 'Value'), 'a tag Value is at most 256 characters');
  return { Key: key, Value: value };
}

function validateSize(raw: unknown, path: string, name: string): number {
  // sizes are non-negative byte counts up to 50 TB (intro-lifecycle-filters)
  return expectInteger(raw, path, name, 0, S3_MAX_FILTER_SIZE);
}

function validateFilter(raw: unknown, path: string): S3LifecycleFilter {
  const filter = expectObject(raw, path, 'Filter');
  rejectUnknownKeys(
    filter,
    ['Prefix', 'Tag', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan', 'And'],
    path,
  );
  const keys = Object.keys(filter);
  // a Filter has exactly one of Prefix, Tag, ObjectSizeGreaterThan, ObjectSizeLessThan or And, or is empty (API_LifecycleRule)
  if (keys.length > 1) {
    throw new PolicyError(
      path,
      `a Filter holds one predicate; combine ${keys.join(' and ')} inside "And"`,
    );
  }
  const key = keys[0];
  if (key === undefined) return {};
  const p = join(path, key);
  switch (key) {
    case 'Prefix':
      return { Prefix: expectString(filter['Prefix'], p, 'Prefix') };
    case 'Tag':
      return { Tag: validateTag(filter['Tag'], p) };
    case 'ObjectSizeGreaterThan':
      return { ObjectSizeGreaterThan: validateSize(filter[key], p, key) };
    case 'ObjectSizeLessThan':
      return { ObjectSizeLessThan: validateSize(filter[key], p, key) };
    default:
      return { And: validateAnd(filter['And'], p) };
  }
}

function validateAnd(raw: unknown, path: string): S3AndOperator {
  const and = expectObject(raw, path, 'And');
  rejectUnknownKeys(and, ['Prefix', 'Tags', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'], path);
  const out: S3AndOperator = {};
  let predicates = 0;
  if (has(and, 'Prefix')) {
    out.Prefix = expectString(and['Prefix'], join(path, 'Prefix'), 'Prefix');
    predicates += 1;
  }
  if (has(and, 'Tags')) {
    const list = expectArray(and['Tags'], join(path, 'Tags'), 'Tags');
    out.Tags = list.map((t, i) => validateTag(t, join(join(path, 'Tags'), i)));
    const seen = new Set<string>();
    out.Tags.forEach((tag, i) => {
      // each tag key in a filter must be unique (intro-lifecycle-filters)
      if (seen.has(tag.Key))
        throw new PolicyError(
          join(join(join(path, 'Tags'), i), 'Key'),
          `tag key "${tag.Key}" appears twice`,
        );
      seen.add(tag.Key);
    });
    predicates += out.Tags.length;
  }
  if (has(and, 'ObjectSizeGreaterThan')) {
    out.ObjectSizeGreaterThan = validateSize(
      and['ObjectSizeGreaterThan'],
      join(path, 'ObjectSizeGreaterThan'),
      'ObjectSizeGreaterThan',
    );
    predicates += 1;
  }
  if (has(and, 'ObjectSizeLessThan')) {
    out.ObjectSizeLessThan = validateSize(
      and['ObjectSizeLessThan'],
      join(path, 'ObjectSizeLessThan'),
      'ObjectSizeLessThan',
    );
    predicates += 1;
  }
  // And combines two or more predicates (API_LifecycleRuleAndOperator)
  if (predicates < 2)
    throw new PolicyError(
      path,
      'And combines two or more predicates; use the predicate directly in Filter',
    );
  // ObjectSizeGreaterThan must be less than ObjectSizeLessThan (intro-lifecycle-filters)
  if (
    out.ObjectSizeGreaterThan !== undefined &&
    out.ObjectSizeLessThan !== undefined &&
    out.ObjectSizeGreaterThan >= out.ObjectSizeLessThan
  ) {
    throw new PolicyError(
      join(path, 'ObjectSizeLessThan'),
      'ObjectSizeGreaterThan must be less than ObjectSizeLessThan',
    );
  }
  return out;
}

function validateMidnightDate(raw: unknown, path: string): string {
  const text = expectString(raw, path, 'Date');
  const ms = parseInstant(text, path);
  // "The date value must conform to the ISO 8601 format. The time is always midnight UTC." (API_LifecycleExpiration)
  if (!isMidnightUtc(ms))
    throw new PolicyError(path, `a lifecycle Date is midnight UTC, got ${text}`);
  return text;
}

function validateTransition(raw: unknown, path: string): S3Transition {
  const t = expectObject(raw, path, 'a transition');
  rejectUnknownKeys(t, ['Days', 'Date', 'StorageClass'], path);
  if (!has(t, 'StorageClass'))
    throw new PolicyError(join(path, 'StorageClass'), 'StorageClass is required');
  const storageClass = expectOneOf(
    t['StorageClass'],
    S3_TRANSITION_CLASSES,
    join(path, 'StorageClass'),
    'StorageClass',
  );
  if (has(t, 'Days') === has(t, 'Date'))
    throw new PolicyError(path, 'a transition has exactly one of Days or Date');
  if (has(t, 'Date'))
    return {
      Date: validateMidnightDate(t['Date'], join(path, 'Date')),
      StorageClass: storageClass,
    };
  // Transition Days can be 0 or any positive integer (API_Transition)
  const days = expectInteger(t['Days'], join(path, 'Days'), 'Days', 0);
  // at least 30 days before S3 Standard-IA or One Zone-IA (lifecycle-transition-general-considerations)
  if ((storageClass === 'STANDARD_IA' || storageClass === 'ONEZONE_IA') && days < 30) {
    throw new PolicyError(
      join(path, 'Days'),
      `'Days' in the Transition action for StorageClass ${storageClass} must be 30 or more, got ${days}`,
    );
  }
  return { Days: days, StorageClass: storageClass };
}

function validateNoncurrentTransition(raw: unknown, path: string): S3NoncurrentVersionTransition {
  const t = expectObject(raw, path, 'a noncurrent version transition');
  rejectUnknownKeys(t, ['NoncurrentDays', 'StorageClass', 'NewerNoncurrentVersions'], path);
  if (!has(t, 'StorageClass'))
    throw new PolicyError(join(path, 'StorageClass'), 'StorageClass is required');
  const storageClass = expectOneOf(
    t['StorageClass'],
    S3_TRANSITION_CLASSES,
    join(path, 'StorageClass'),
    'StorageClass',
  );
  if (!has(t, 'NoncurrentDays'))
    throw new PolicyError(join(path, 'NoncurrentDays'), 'NoncurrentDays is required');
  const days = expectInteger(
    t['NoncurrentDays'],
    join(path, 'NoncurrentDays'),
    'NoncurrentDays',
    0,
  );
  // only versions at least 30 days noncurrent move to Standard-IA / One Zone-IA (lifecycle-transition-general-considerations)
  if ((storageClass === 'STANDARD_IA' || storageClass === 'ONEZONE_IA') && days < 30) {
    throw new PolicyError(
      join(path, 'NoncurrentDays'),
      `'NoncurrentDays' for StorageClass ${storageClass} must be 30 or more, got ${days}`,
    );
  }
  const out: S3NoncurrentVersionTransition = { NoncurrentDays: days, StorageClass: storageClass };
  if (has(t, 'NewerNoncurrentVersions')) {
    out.NewerNoncurrentVersions = expectInteger(
      t['NewerNoncurrentVersions'],
      join(path, 'NewerNoncurrentVersions'),
      'NewerNoncurrentVersions',
      1,
      S3_MAX_NEWER_NONCURRENT,
    );
  }
  return out;
}

function validateExpiration(raw: unknown, path: string): S3Expiration {
  const e = expectObject(raw, path, 'Expiration');
  rejectUnknownKeys(e, ['Days', 'Date', 'ExpiredObjectDeleteMarker'], path);
  const present = ['Days', 'Date', 'ExpiredObjectDeleteMarker'].filter((k) => has(e, k));
  // ExpiredObjectDeleteMarker cannot be specified with Days or Date (API_LifecycleExpiration)
  if (present.length !== 1) {
    throw new PolicyError(
      path,
      present.length === 0
        ? 'Expiration needs Days, Date or ExpiredObjectDeleteMarker'
        : `Expiration takes one of Days, Date or ExpiredObjectDeleteMarker, not ${present.join(' and ')}`,
    );
  }
  if (has(e, 'Days')) {
    // "The value must be a non-zero positive integer." (API_LifecycleExpiration)
    return { Days: expectInteger(e['Days'], join(path, 'Days'), 'Days', 1) };
  }
  if (has(e, 'Date')) return { Date: validateMidnightDate(e['Date'], join(path, 'Date')) };
  const marker = e['ExpiredObjectDeleteMarker'];
  if (typeof marker !== 'boolean') {
    throw new PolicyError(
      join(path, 'ExpiredObjectDeleteMarker'),
      'ExpiredObjectDeleteMarker must be true or false',
    );
  }
  return { ExpiredObjectDeleteMarker: marker };
}

function validateNoncurrentExpiration(raw: unknown, path: string): S3NoncurrentVersionExpiration {
  const e = expectObject(raw, path, 'NoncurrentVersionExpiration');
  rejectUnknownKeys(e, ['NoncurrentDays', 'NewerNoncurrentVersions'], path);
  if (!has(e, 'NoncurrentDays'))
    throw new PolicyError(join(path, 'NoncurrentDays'), 'NoncurrentDays is required');
  // NoncurrentDays: a non-zero positive integer (API_NoncurrentVersionExpiration)
  const days = expectInteger(
    e['NoncurrentDays'],
    join(path, 'NoncurrentDays'),
    'NoncurrentDays',
    1,
  );
  if (!has(e, 'NewerNoncurrentVersions')) return { NoncurrentDays: days };
  // up to 100 noncurrent versions to retain (API_NoncurrentVersionExpiration)
  const newer = expectInteger(
    e['NewerNoncurrentVersions'],
    join(path, 'NewerNoncurrentVersions'),
    'NewerNoncurrentVersions',
    1,
    S3_MAX_NEWER_NONCURRENT,
  );
  return { NoncurrentDays: days, NewerNoncurrentVersions: newer };
}

interface Step {
  at: number; // days, or epoch days for dates
  storageClass: S3TransitionStorageClass;
  index: number;
}

function checkSteps(steps: Step[], path: string, field: string): void {
  const seen = new Map<S3TransitionStorageClass, number>();
  for (const step of steps) {
    const previous = seen.get(step.storageClass);
    if (previous !== undefined) {
      throw new PolicyError(
        join(join(path, step.index), 'StorageClass'),
        `StorageClass ${step.storageClass} appears twice in this rule`,
      );
    }
    seen.set(step.storageClass, step.index);
  }
  const sorted = [...steps].sort((a, b) => a.at - b.at || a.index - b.index);
  for (let k = 1; k < sorted.length; k += 1) {
    const a = sorted[k - 1];
    const b = sorted[k];
    if (!a || !b) continue;
    const p = join(join(path, b.index), field);
    if (b.at === a.at)
      throw new PolicyError(
        p,
        `two transitions at the same ${field} (${a.storageClass} and ${b.storageClass})`,
      );
    // transitions follow the waterfall (lifecycle-transition-general-considerations)
    if (!S3_SUPPORTED_TRANSITIONS[a.storageClass].includes(b.storageClass)) {
      throw new PolicyError(
        join(join(path, b.index), 'StorageClass'),
        `lifecycle cannot transition from ${a.storageClass} to ${b.storageClass}`,
      );
    }
    // one rule can't leave a class before its minimum storage duration (lifecycle-transition-general-considerations)
    const minimum = S3_MINIMUM_STORAGE_DAYS[a.storageClass];
    if (b.at - a.at < minimum) {
      throw new PolicyError(
        p,
        `${b.storageClass} must come at least ${minimum} days after ${a.storageClass} (its minimum storage duration): at ${field} ${a.at + minimum} or later`,
      );
    }
  }
}

function checkTransitionChain(transitions: readonly S3Transition[], path: string): void {
  const steps = transitions.map((t, index) => ({
    at: t.Days ?? Math.round(Date.parse(t.Date ?? '') / DAY_MS),
    storageClass: t.StorageClass,
    index,
  }));
  checkSteps(steps, path, transitions[0]?.Days !== undefined ? 'Days' : 'Date');
}

function checkNoncurrentChain(
  transitions: readonly S3NoncurrentVersionTransition[],
  path: string,
): void {
  checkSteps(
    transitions.map((t, index) => ({ at: t.NoncurrentDays, storageClass: t.StorageClass, index })),
    path,
    'NoncurrentDays',
  );
}

function checkExpirationAfterTransitions(
  transitions: readonly S3Transition[],
  expiration: S3Expiration,
  path: string,
): void {
  // expiration must come after every transition of the rule (S3 InvalidArgument "'Days' in the
  // Expiration action … must be greater than 'Days' in the Transition action")
  if (expiration.Days !== undefined) {
    const latest = Math.max(...transitions.map((t) => t.Days ?? -1));
    if (expiration.Days <= latest) {
      throw new PolicyError(
        join(path, 'Expiration.Days'),
        `'Days' in the Expiration action must be greater than 'Days' in the Transition action (${latest})`,
      );
    }
  }
  if (expiration.Date !== undefined) {
    const at = Date.parse(expiration.Date);
    const latest = Math.max(...transitions.map((t) => (t.Date ? Date.parse(t.Date) : -Infinity)));
    if (at <= latest) {
      throw new PolicyError(
        join(path, 'Expiration.Date'),
        "'Date' in the Expiration action must be later than 'Date' in the Transition action",
      );
    }
  }
}

/** Prints a configuration as two-space JSON; parse(print(c)) deep-equals c. */
export function printS3LifecycleConfiguration(configuration: S3LifecycleConfiguration): string {
  return JSON.stringify(configuration, null, 2);
}
