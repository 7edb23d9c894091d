/**
 * Validates an ECR lifecycle policy as ECR does (put-lifecycle-policy), and prints one back.
 * Doc pages as in ecr.ts.
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
  requiredOneOf,
} from './json';
import {
  ECR_ARCHIVE_MINIMUM_DAYS,
  ECR_MAX_RULES,
  ECR_MAX_WILDCARDS,
  ECR_POLICY_MAX_LENGTH,
  ECR_POLICY_MIN_LENGTH,
  type EcrAction,
  type EcrLifecyclePolicy,
  type EcrLifecycleRule,
  type EcrSelection,
  type EcrStorageClass,
  ECR_ACTION_TYPES,
  ECR_COUNT_TYPES,
  ECR_STORAGE_CLASSES,
  ECR_TAG_STATUSES,
} from './ecr-types';

/** Parses and validates lifecycle policy text as ECR does; throws PolicyError on any problem. */
export function parseEcrLifecyclePolicy(text: string): EcrLifecyclePolicy {
  if (typeof text !== 'string') {
    throw new PolicyError(
      '',
      `expected lifecycle policy text, got ${text === null ? 'null' : typeof text}`,
    );
  }
  // LifecyclePolicyText length 100–30,720 (AWSCloudFormation ecr-repository-lifecyclepolicy, service-quotas)
  if (text.length < ECR_POLICY_MIN_LENGTH) {
    throw new PolicyError(
      '',
      `a lifecycle policy is at least ${ECR_POLICY_MIN_LENGTH} characters; this one has ${text.length}`,
    );
  }
  if (text.length > ECR_POLICY_MAX_LENGTH) {
    throw new PolicyError(
      '',
      `a lifecycle policy is at most ${ECR_POLICY_MAX_LENGTH} characters; this one has ${text.length}`,
    );
  }
  return validateEcrLifecyclePolicy(parseJsonText(text));
}

/**
 * Validates an already-parsed policy document (any JSON value) and returns a clean copy with its
 * keys in template order. Length limits apply to text only, so they are checked by the parser.
 */
export function validateEcrLifecyclePolicy(value: unknown): EcrLifecyclePolicy {
  const root = expectObject(value, '', 'a lifecycle policy');
  rejectUnknownKeys(root, ['rules'], '');
  if (!has(root, 'rules'))
    throw new PolicyError('rules', 'a lifecycle policy needs a "rules" array');
  const rawRules = expectArray(root['rules'], 'rules', '"rules"');
  // 1–50 rules per policy (service-quotas)
  if (rawRules.length < 1)
    throw new PolicyError('rules', 'a lifecycle policy needs at least one rule');
  if (rawRules.length > ECR_MAX_RULES) {
    throw new PolicyError(
      'rules',
      `a lifecycle policy has at most ${ECR_MAX_RULES} rules; this one has ${rawRules.length}`,
    );
  }
  const rules = rawRules.map((raw, i) => validateRule(raw, join('rules', i)));
  validateAcrossRules(rules);
  return { rules };
}

function validateRule(raw: unknown, path: string): EcrLifecycleRule {
  const rule = expectObject(raw, path, 'a rule');
  rejectUnknownKeys(rule, ['rulePriority', 'description', 'selection', 'action'], path);
  // rulePriority: required integer, unique, lowest applied first (lifecycle_policy_parameters)
  const rulePriority = requiredInteger(rule, 'rulePriority', path, 1);
  if (!has(rule, 'selection'))
    throw new PolicyError(join(path, 'selection'), 'selection is required');
  if (!has(rule, 'action')) throw new PolicyError(join(path, 'action'), 'action is required');
  const selection = validateSelection(rule['selection'], join(path, 'selection'));
  const action = validateAction(rule['action'], join(path, 'action'));
  // sinceImagePulled must be used with transition; sinceImageTransitioned with expire (lifecycle_policy_examples)
  if (selection.countType === 'sinceImagePulled' && action.type !== 'transition') {
    throw new PolicyError(
      join(path, 'action.type'),
      'countType sinceImagePulled can only be used with a "transition" action, not "expire"',
    );
  }
  if (selection.countType === 'sinceImageTransitioned' && action.type !== 'expire') {
    throw new PolicyError(
      join(path, 'action.type'),
      'countType sinceImageTransitioned can only be used with an "expire" action',
    );
  }
  if (has(rule, 'description')) {
    // description: optional string (lifecycle_policy_parameters)
    const description = expectString(rule['description'], join(path, 'description'), 'description');
    return { rulePriority, description, selection, action };
  }
  return { rulePriority, selection, action };
}

function validateSelection(raw: unknown, path: string): EcrSelection {
  const sel = expectObject(raw, path, 'selection');
  rejectUnknownKeys(
    sel,
    [
      'tagStatus',
      'tagPatternList',
      'tagPrefixList',
      'storageClass',
      'countType',
      'countUnit',
      'countNumber',
    ],
    path,
  );
  const tagStatus = requiredOneOf(sel, 'tagStatus', ECR_TAG_STATUSES, path);
  const hasPatterns = has(sel, 'tagPatternList');
  const hasPrefixes = has(sel, 'tagPrefixList');
  let tagPatternList: string[] | undefined;
  let tagPrefixList: string[] | undefined;
  if (tagStatus === 'tagged') {
    // tagged needs a tagPatternList or a tagPrefixList, never both (LifecyclePolicies evaluation rules)
    if (hasPatterns && hasPrefixes) {
      throw new PolicyError(
        join(path, 'tagPrefixList'),
        'a rule may specify either tagPatternList or tagPrefixList, not both',
      );
    }
    if (!hasPatterns && !hasPrefixes) {
      throw new PolicyError(
        join(path, 'tagPatternList'),
        'tagStatus "tagged" needs a tagPatternList or a tagPrefixList',
      );
    }
    if (hasPatterns)
      tagPatternList = validateTagList(sel['tagPatternList'], join(path, 'tagPatternList'), true);
    if (hasPrefixes)
      tagPrefixList = validateTagList(sel['tagPrefixList'], join(path, 'tagPrefixList'), false);
  } else if (hasPatterns || hasPrefixes) {
    // the lists may only be used with tagStatus "tagged" (lifecycle_policy_parameters)
    const key = hasPatterns ? 'tagPatternList' : 'tagPrefixList';
    throw new PolicyError(
      join(path, key),
      `${key} may only be used when tagStatus is "tagged", not "${tagStatus}"`,
    );
  }
  const countType = requiredOneOf(sel, 'countType', ECR_COUNT_TYPES, path);
  let storageClass: EcrStorageClass | undefined;
  if (has(sel, 'storageClass')) {
    storageClass = expectOneOf(
      sel['storageClass'],
      ECR_STORAGE_CLASSES,
      join(path, 'storageClass'),
      'storageClass',
    );
  }
  // storageClass: required "archive" with sinceImageTransitioned, otherwise only "standard" (lifecycle_policy_parameters)
  if (countType === 'sinceImageTransitioned' && storageClass !== 'archive') {
    throw new PolicyError(
      join(path, 'storageClass'),
      'countType sinceImageTransitioned needs "storageClass": "archive"',
    );
  }
  if (countType !== 'sinceImageTransitioned' && storageClass === 'archive') {
    throw new PolicyError(
      join(path, 'storageClass'),
      `storageClass "archive" is only supported with countType sinceImageTransitioned, not ${countType}`,
    );
  }
  // countUnit "days": required with the since* count types, an error with imageCountMoreThan (lifecycle_policy_parameters)
  let countUnit: 'days' | undefined;
  if (countType === 'imageCountMoreThan') {
    if (has(sel, 'countUnit')) {
      throw new PolicyError(
        join(path, 'countUnit'),
        'countUnit may only be used with sinceImagePushed, sinceImagePulled or sinceImageTransitioned',
      );
    }
  } else {
    if (!has(sel, 'countUnit'))
      throw new PolicyError(
        join(path, 'countUnit'),
        `countType ${countType} needs "countUnit": "days"`,
      );
    countUnit = expectOneOf(
      sel['countUnit'],
      ['days'] as const,
      join(path, 'countUnit'),
      'countUnit',
    );
  }
  // countNumber: a positive integer, 0 is not accepted (lifecycle_policy_parameters)
  const countNumber = requiredInteger(sel, 'countNumber', path, 1);
  // no policy may delete images archived for less than 90 days (archive-image)
  if (countType === 'sinceImageTransitioned' && countNumber < ECR_ARCHIVE_MINIMUM_DAYS) {
    throw new PolicyError(
      join(path, 'countNumber'),
      `archived images have a ${ECR_ARCHIVE_MINIMUM_DAYS}-day minimum storage duration; sinceImageTransitioned needs countNumber ≥ ${ECR_ARCHIVE_MINIMUM_DAYS}, got ${countNumber}`,
    );
  }
  return {
    tagStatus,
    ...(tagPatternList ? { tagPatternList } : {}),
    ...(tagPrefixList ? { tagPrefixList } : {}),
    ...(storageClass ? { storageClass } : {}),
    countType,
    ...(countUnit ? { countUnit } : {}),
    countNumber,
  };
}

function validateTagList(raw: unknown, path: string, patterns: boolean): string[] {
  const list = expectArray(raw, path, patterns ? 'tagPatternList' : 'tagPrefixList');
  if (list.length === 0) throw new PolicyError(path, 'the list needs at least one entry');
  return list.map((entry, i) => {
    const value = expectString(entry, join(path, i), 'a tag pattern');
    if (value.length === 0) throw new PolicyError(join(path, i), 'an entry may not be empty');
    // at most four wildcards per string (lifecycle_policy_parameters)
    if (patterns && countWildcards(value) > ECR_MAX_WILDCARDS) {
      throw new PolicyError(
        join(path, i),
        `a tag pattern has at most ${ECR_MAX_WILDCARDS} wildcards (*); "${value}" has ${countWildcards(value)}`,
      );
    }
    return value;
  });
}

function countWildcards(value: string): number {
  let n = 0;
  for (const ch of value) if (ch === '*') n += 1;
  return n;
}

function validateAction(raw: unknown, path: string): EcrAction {
  const action = expectObject(raw, path, 'action');
  rejectUnknownKeys(action, ['type', 'targetStorageClass'], path);
  if (!has(action, 'type')) throw new PolicyError(join(path, 'type'), 'action type is required');
  const type = expectOneOf(action['type'], ECR_ACTION_TYPES, join(path, 'type'), 'action type');
  // targetStorageClass: required with "transition", "archive" is the only value (lifecycle_policy_parameters)
  if (type === 'transition') {
    if (!has(action, 'targetStorageClass')) {
      throw new PolicyError(
        join(path, 'targetStorageClass'),
        'a transition action needs "targetStorageClass": "archive"',
      );
    }
    expectOneOf(
      action['targetStorageClass'],
      ['archive'] as const,
      join(path, 'targetStorageClass'),
      'targetStorageClass',
    );
    return { type, targetStorageClass: 'archive' };
  }
  if (has(action, 'targetStorageClass')) {
    throw new PolicyError(
      join(path, 'targetStorageClass'),
      'targetStorageClass is only used with a "transition" action',
    );
  }
  return { type };
}

export function ruleStorageClass(rule: EcrLifecycleRule): EcrStorageClass {
  // omitted storageClass means "standard" (lifecycle_policy_parameters)
  return rule.selection.storageClass ?? 'standard';
}

function validateAcrossRules(rules: readonly EcrLifecycleRule[]): void {
  const seen = new Map<number, number>();
  rules.forEach((rule, i) => {
    // every rule has a unique rulePriority (lifecycle_policy_parameters)
    const other = seen.get(rule.rulePriority);
    if (other !== undefined) {
      throw new PolicyError(
        join(join('rules', i), 'rulePriority'),
        `rulePriority ${rule.rulePriority} is already used by rules[${other}]`,
      );
    }
    seen.set(rule.rulePriority, i);
  });
  for (const storageClass of ECR_STORAGE_CLASSES) {
    const group = rules
      .map((rule, index) => ({ rule, index }))
      .filter(({ rule }) => ruleStorageClass(rule) === storageClass);
    if (group.length === 0) continue;
    const highest = Math.max(...group.map(({ rule }) => rule.rulePriority));
    const untagged: number[] = [];
    const tagSets = new Map<string, number>();
    for (const { rule, index } of group) {
      const path = join(join('rules', index), 'selection');
      // a tagStatus "any" rule must have the highest rulePriority (lifecycle_policy_parameters); the
      // documented "Combining archive and expire rules" example shows this holds per storage class
      if (rule.selection.tagStatus === 'any' && rule.rulePriority !== highest) {
        throw new PolicyError(
          join(path, 'tagStatus'),
          `a rule with tagStatus "any" must have the highest rulePriority among the ${storageClass} rules (it has ${rule.rulePriority}, the highest is ${highest})`,
        );
      }
      // only one rule selecting a storage class may select untagged images (LifecyclePolicies evaluation rules)
      if (rule.selection.tagStatus === 'untagged') {
        if (untagged.length > 0) {
          throw new PolicyError(
            join(path, 'tagStatus'),
            `only one ${storageClass} rule may select untagged images; rules[${untagged[0] ?? 0}] already does`,
          );
        }
        untagged.push(index);
      }
      // the rules selecting a storage class must contain a unique set of prefixes (LifecyclePolicies evaluation rules)
      if (rule.selection.tagStatus === 'tagged') {
        const key = tagSetKey(rule.selection);
        const previous = tagSets.get(key);
        if (previous !== undefined) {
          const listKey = rule.selection.tagPatternList ? 'tagPatternList' : 'tagPrefixList';
          throw new PolicyError(
            join(path, listKey),
            `rules[${previous}] already selects ${storageClass} images with the same tag list`,
          );
        }
        tagSets.set(key, index);
      }
    }
  }
}

function tagSetKey(selection: EcrSelection): string {
  const kind = selection.tagPatternList ? 'pattern' : 'prefix';
  const list = [...new Set(selection.tagPatternList ?? selection.tagPrefixList ?? [])].sort();
  return `${kind}:${JSON.stringify(list)}`;
}

/** Prints a policy as ECR's console does: two-space JSON. parse(print(p)) deep-equals p. */
export function printEcrLifecyclePolicy(policy: EcrLifecyclePolicy): string {
  return JSON.stringify(policy, null, 2);
}
