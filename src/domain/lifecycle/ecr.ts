/**
 * Amazon ECR lifecycle policies: the parser validates a policy as ECR does, the preview answers
 * "which images would this policy expire or archive right now", with a trace in words.
 *
 * Doc pages (https://docs.aws.amazon.com/AmazonECR/latest/userguide/<slug>.html) named in the
 * comments below:
 *   lifecycle_policy_parameters – the properties and what each allows
 *   LifecyclePolicies           – "Lifecycle policy evaluation rules"
 *   lifecycle_policy_examples   – the template and the worked examples (tests/vectors/lifecycle)
 *   archive-image               – the archive storage class and its 90-day minimum
 *   service-quotas              – 50 rules, 30,720 characters
 *   AWSCloudFormation …-ecr-repository-lifecyclepolicy – LifecyclePolicyText 100–30,720 chars
 */
import { PolicyError } from '../errors';
import { DAY_MS, instantOrNaN, parseInstant } from './dates';
import {
  expectArray,
  expectInteger,
  expectObject,
  expectOneOf,
  expectString,
  has,
  isJsonObject,
  join,
  parseJsonText,
  rejectUnknownKeys,
  type JsonObject,
} from './json';

import {
  ECR_ARCHIVE_MINIMUM_DAYS,
  ECR_MAX_RULES,
  ECR_MAX_WILDCARDS,
  ECR_POLICY_MAX_LENGTH,
  ECR_POLICY_MIN_LENGTH,
  type EcrAction,
  type EcrImage,
  type EcrImageAction,
  type EcrImageDecision,
  type EcrLifecyclePolicy,
  type EcrLifecycleRule,
  type EcrPreviewResult,
  type EcrSelection,
  type EcrStorageClass,
} from './ecr-types';

export * from './ecr-types';

const TAG_STATUSES = ['tagged', 'untagged', 'any'] as const;
const COUNT_TYPES = [
  'imageCountMoreThan',
  'sinceImagePushed',
  'sinceImagePulled',
  'sinceImageTransitioned',
] as const;
const STORAGE_CLASSES = ['standard', 'archive'] as const;
const ACTION_TYPES = ['expire', 'transition'] as const;

// ---------------------------------------------------------------------------------------------
// Parsing and validation

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
  if (!has(rule, 'rulePriority'))
    throw new PolicyError(join(path, 'rulePriority'), 'rulePriority is required');
  const rulePriority = expectInteger(
    rule['rulePriority'],
    join(path, 'rulePriority'),
    'rulePriority',
    1,
  );
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
  if (!has(sel, 'tagStatus'))
    throw new PolicyError(join(path, 'tagStatus'), 'tagStatus is required');
  const tagStatus = expectOneOf(
    sel['tagStatus'],
    TAG_STATUSES,
    join(path, 'tagStatus'),
    'tagStatus',
  );
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
  if (!has(sel, 'countType'))
    throw new PolicyError(join(path, 'countType'), 'countType is required');
  const countType = expectOneOf(
    sel['countType'],
    COUNT_TYPES,
    join(path, 'countType'),
    'countType',
  );
  let storageClass: EcrStorageClass | undefined;
  if (has(sel, 'storageClass')) {
    storageClass = expectOneOf(
      sel['storageClass'],
      STORAGE_CLASSES,
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
  if (!has(sel, 'countNumber'))
    throw new PolicyError(join(path, 'countNumber'), 'countNumber is required');
  const countNumber = expectInteger(
    sel['countNumber'],
    join(path, 'countNumber'),
    'countNumber',
    1,
  );
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
  const type = expectOneOf(action['type'], ACTION_TYPES, join(path, 'type'), 'action type');
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

function ruleStorageClass(rule: EcrLifecycleRule): EcrStorageClass {
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
  for (const storageClass of STORAGE_CLASSES) {
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

// ---------------------------------------------------------------------------------------------
// Preview

interface CompiledRule {
  rule: EcrLifecycleRule;
  label: string;
  storageClass: EcrStorageClass;
  /** What a tagged rule's tags must match: every glob some tag (untagged and any use none). */
  globs: Glob[];
  /** {@link firstCharBit} of a character every selected image has first in some tag, or 0. */
  firstCharBit: number;
  /** `rule 3 (prod*)`, for the trace. */
  shortLabel: string;
}

interface PreparedImages {
  count: number;
  digests: string[];
  tags: (readonly string[])[];
  archived: Uint8Array;
  /** pushed_at_time, or last_activated_at when the image was restored since (LifecyclePolicies). */
  effectivePush: Float64Array;
  pullReference: Float64Array;
  /** NaN when never archived. */
  archivedAt: Float64Array;
  /** Image indexes, newest first. */
  newestFirst: Int32Array;
  /** Per image, the {@link firstCharBit}s of its tags' first characters. */
  firstChars: Uint32Array;
  tagCounts: Int32Array;
}

/**
 * Previews what a lifecycle policy does to `images` at `now`: which images it expires and which it
 * transitions to archive, and why, image by image. A raw JSON policy text is accepted too.
 */
export function previewEcrLifecycle(
  policy: EcrLifecyclePolicy | string,
  images: readonly EcrImage[],
  now: string,
): EcrPreviewResult {
  const parsed =
    typeof policy === 'string' ? parseEcrLifecyclePolicy(policy) : validateCached(policy);
  const nowMs = parseInstant(now, 'now');
  const prepared = prepareImages(images);
  // all rules are evaluated at once, then applied lowest rulePriority first (LifecyclePolicies evaluation rules)
  const rules = [...parsed.rules].sort((a, b) => a.rulePriority - b.rulePriority).map(compileRule);

  const n = prepared.count;
  const claimedBy = new Int32Array(n).fill(-1); // first rule (index in `rules`) whose selection matched
  const actedBy = new Int32Array(n).fill(-1);
  const blockedRule = new Int32Array(n).fill(-1); // first lower-priority rule that would have acted
  const claimRank = new Int32Array(n); // position among the claiming rule's images, newest first
  const trace: string[] = [
    `policy: ${plural(rules.length, 'rule')}, applied in priority order ${rules.map((r) => r.rule.rulePriority).join(', ')}; ${plural(n, 'image')} at ${now}`,
  ];

  // Newest-first image indexes per first-character bit, built once per bit a rule needs.
  const buckets = new Map<number, Int32Array>();
  const candidatesFor = (bit: number): Int32Array => {
    if (bit === 0) return prepared.newestFirst;
    let bucket = buckets.get(bit);
    if (!bucket) {
      const picked: number[] = [];
      for (let k = 0; k < n; k += 1) {
        const i = prepared.newestFirst[k] ?? 0;
        if (((prepared.firstChars[i] ?? 0) & bit) !== 0) picked.push(i);
      }
      bucket = Int32Array.from(picked);
      buckets.set(bit, bucket);
    }
    return bucket;
  };

  rules.forEach((compiled, r) => {
    const { rule } = compiled;
    const sel = rule.selection;
    let rank = 0;
    let selected = 0;
    let wouldAct = 0;
    let acted = 0;
    const archiveFlag = compiled.storageClass === 'archive' ? 1 : 0;
    const { archived, tags } = prepared;
    const { tagCounts } = prepared;
    const status = sel.tagStatus;
    // only images with a tag starting with the character every match needs can match
    const order = status === 'tagged' ? candidatesFor(compiled.firstCharBit) : prepared.newestFirst;
    const globs = compiled.globs;
    // the count test, read once per rule rather than per image (see isCandidate)
    const { countType, countNumber } = sel;
    const limit = countNumber * DAY_MS;
    const ages = countType === 'sinceImagePulled' ? prepared.pullReference : prepared.effectivePush;
    for (let k = 0; k < order.length; k += 1) {
      const i = order[k] ?? 0;
      // a rule selects only images of its storage class, standard by default (lifecycle_policy_parameters)
      if (archived[i] !== archiveFlag) continue;
      if (status === 'untagged') {
        if (tagCounts[i] !== 0) continue;
      } else if (status === 'tagged') {
        if (!everyGlobMatchesSomeTag(globs, tags[i] ?? [])) continue;
      }
      selected += 1;
      const position = rank;
      rank += 1;
      const candidate =
        countType === 'imageCountMoreThan'
          ? position >= countNumber
          : countType === 'sinceImageTransitioned'
            ? isCandidate(sel, prepared, i, position, nowMs)
            : nowMs - (ages[i] ?? 0) > limit;
      if (candidate) wouldAct += 1;
      if (claimedBy[i] === -1) {
        claimedBy[i] = r;
        claimRank[i] = position;
        if (candidate) {
          // an image is expired or archived by exactly one or zero rules (LifecyclePolicies evaluation rules)
          actedBy[i] = r;
          acted += 1;
        }
      } else if (candidate && blockedRule[i] === -1) {
        // an image matching a higher-priority rule's tagging requirements can't be expired or archived
        // by a lower-priority rule, even when the higher rule kept it (LifecyclePolicies evaluation rules)
        blockedRule[i] = r;
      }
    }
    const verb = rule.action.type === 'expire' ? 'expire' : 'archive';
    const blocked = wouldAct - acted;
    trace.push(
      `${compiled.label} selects ${plural(selected, 'image')}; its count picks ${wouldAct}; it ${verb}s ${acted}` +
        (blocked > 0 ? `, ${blocked} matched a higher-priority rule first` : ''),
    );
  });

  const decisions: EcrImageDecision[] = new Array<EcrImageDecision>(n);
  for (let i = 0; i < n; i += 1) {
    const digest = prepared.digests[i] ?? '';
    const name = shortDigest(digest);
    const a = actedBy[i] ?? -1;
    const c = claimedBy[i] ?? -1;
    const claimer = c >= 0 ? rules[c] : undefined;
    let decision: EcrImageDecision;
    if (!claimer) {
      const reason = prepared.archived[i] === 1 ? KEPT_ARCHIVED : KEPT_UNSELECTED;
      decision = { digest, outcome: 'kept', reason };
    } else {
      const detail = candidateReason(claimer.rule.selection, prepared, i, claimRank[i] ?? 0, nowMs);
      const rulePriority = claimer.rule.rulePriority;
      if (a >= 0) {
        // the claiming rule is the acting rule: an image is acted on by its first rule only
        const expire = claimer.rule.action.type === 'expire';
        const reason = `${expire ? 'expired' : 'transitioned to archive'} by ${claimer.label}: ${detail}`;
        decision = { digest, outcome: expire ? 'expired' : 'transitioned', rulePriority, reason };
      } else {
        const blocker = rules[blockedRule[i] ?? -1];
        const reason = blocker
          ? `kept: ${claimer.shortLabel} matched it first, so ${blocker.shortLabel} may not ${blocker.rule.action.type === 'expire' ? 'expire' : 'archive'} it (${detail})`
          : `kept: ${claimer.shortLabel} selects it first, and ${detail}`;
        decision = { digest, outcome: 'kept', rulePriority, reason };
      }
    }
    decisions[i] = decision;
    trace.push(`image ${name} ${decision.reason}`);
  }
  // by rule priority, oldest first within a rule: expiration always removes older images before
  // newer ones (LifecyclePolicies evaluation rules)
  const byRule: number[][] = rules.map(() => []);
  for (let k = n - 1; k >= 0; k -= 1) {
    const i = prepared.newestFirst[k] ?? 0;
    const a = actedBy[i] ?? -1;
    if (a >= 0) byRule[a]?.push(i);
  }
  const expired: EcrImageAction[] = [];
  const transitioned: EcrImageAction[] = [];
  rules.forEach((compiled, r) => {
    const list = compiled.rule.action.type === 'expire' ? expired : transitioned;
    const rulePriority = compiled.rule.rulePriority;
    for (const i of byRule[r] ?? []) list.push({ digest: prepared.digests[i] ?? '', rulePriority });
  });
  return { expired, transitioned, trace, decisions };
}

const KEPT_UNSELECTED = 'kept: no rule selects it';
const KEPT_ARCHIVED = 'kept: no rule selects this archived image';

const validated = new WeakMap<object, EcrLifecyclePolicy>();

/** A parsed policy object is validated once; the result is remembered per object. */
function validateCached(policy: EcrLifecyclePolicy): EcrLifecyclePolicy {
  if (!isJsonObject(policy)) return validateEcrLifecyclePolicy(policy);
  const hit = validated.get(policy);
  if (hit) return hit;
  const result = validateEcrLifecyclePolicy(policy as unknown as JsonObject);
  validated.set(policy, result);
  return result;
}

function prepareImages(images: readonly EcrImage[]): PreparedImages {
  if (!Array.isArray(images)) throw new PolicyError('images', 'images must be an array');
  const count = images.length;
  const digests: string[] = new Array<string>(count);
  const tags: (readonly string[])[] = new Array<readonly string[]>(count);
  const archived = new Uint8Array(count);
  const effectivePush = new Float64Array(count);
  const pullReference = new Float64Array(count);
  const archivedAt = new Float64Array(count);
  const firstChars = new Uint32Array(count);
  const tagCounts = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const image = images[i];
    // paths are built only when something is wrong
    if (!isJsonObject(image))
      throw new PolicyError(join('images', i), 'an image must be an object');
    if (typeof image.digest !== 'string')
      throw new PolicyError(imagePath(i, 'digest'), 'digest must be a string');
    if (!Array.isArray(image.tags))
      throw new PolicyError(imagePath(i, 'tags'), 'tags must be an array of strings');
    let mask = 0;
    for (const tag of image.tags) {
      if (typeof tag !== 'string')
        throw new PolicyError(imagePath(i, 'tags'), 'tags must be an array of strings');
      mask |= firstCharBit(tag);
    }
    firstChars[i] = mask;
    tagCounts[i] = image.tags.length;
    digests[i] = image.digest;
    tags[i] = image.tags;
    const pushed = instantOrNaN(image.pushedAt);
    if (Number.isNaN(pushed)) parseInstant(image.pushedAt, imagePath(i, 'pushedAt'));
    const activated = optionalInstant(image.lastActivatedAt, i, 'lastActivatedAt');
    const pulled = optionalInstant(image.lastPulledAt, i, 'lastPulledAt');
    archivedAt[i] = optionalInstant(image.lastArchivedAt, i, 'lastArchivedAt');
    if (
      image.storageClass !== undefined &&
      image.storageClass !== 'standard' &&
      image.storageClass !== 'archive'
    ) {
      throw new PolicyError(
        imagePath(i, 'storageClass'),
        'storageClass must be "standard" or "archive"',
      );
    }
    archived[i] = image.storageClass === 'archive' ? 1 : 0;
    // a restored image behaves like a newly pushed one; last_activated_at replaces pushed_at_time
    // (archive_restore_image, LifecyclePolicies evaluation rules)
    effectivePush[i] = !Number.isNaN(activated) && activated > pushed ? activated : pushed;
    // sinceImagePulled: last_recorded_pulltime; pushed_at_time if never pulled; last_activated_at if
    // restored and not pulled since (LifecyclePolicies evaluation rules)
    if (!Number.isNaN(activated) && (Number.isNaN(pulled) || pulled < activated))
      pullReference[i] = activated;
    else pullReference[i] = Number.isNaN(pulled) ? pushed : pulled;
  }
  // imageCountMoreThan sorts youngest to oldest by pushed_at_time (LifecyclePolicies evaluation
  // rules); equal times are ordered by digest so the outcome never depends on input order
  const newestFirst = newestFirstOrder(effectivePush, digests);
  return {
    count,
    digests,
    tags,
    archived,
    effectivePush,
    pullReference,
    archivedAt,
    newestFirst,
    firstChars,
    tagCounts,
  };
}

/** A bit for a tag's first character (32 buckets by character code); 0 for an empty tag. */
function firstCharBit(tag: string): number {
  return tag.length === 0 ? 0 : 1 << (tag.charCodeAt(0) & 31);
}

/** Image indexes sorted newest first, ties by digest (descending), then by index. */
function newestFirstOrder(times: Float64Array, digests: readonly string[]): Int32Array {
  const n = times.length;
  const order = new Int32Array(n);
  const byDigest = (a: number, b: number): number => {
    const da = digests[a] ?? '';
    const db = digests[b] ?? '';
    return da < db ? 1 : da > db ? -1 : a - b;
  };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const t = times[i] ?? 0;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  if (n === 0 || (max - min + 1) * scale >= 2 ** 53) {
    for (let i = 0; i < n; i += 1) order[i] = i;
    return order.sort((a, b) => (times[b] ?? 0) - (times[a] ?? 0) || byDigest(a, b));
  }
  // pack (age, index) into one exact double and let the native numeric sort do the work
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) keys[i] = (max - (times[i] ?? 0)) * scale + i;
  keys.sort();
  for (let k = 0; k < n; k += 1) order[k] = (keys[k] ?? 0) % scale;
  // runs of equal times are then ordered by digest
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && times[order[end] ?? 0] === times[order[start] ?? 0]) end += 1;
    if (end - start > 1) order.subarray(start, end).sort(byDigest);
    start = end;
  }
  return order;
}

function imagePath(i: number, field: string): string {
  return join(join('images', i), field);
}

/** NaN for null or absent ("never"); a PolicyError for anything that is not an instant. */
function optionalInstant(value: unknown, i: number, field: string): number {
  if (value === undefined || value === null) return Number.NaN;
  const ms = instantOrNaN(value);
  return Number.isNaN(ms) ? parseInstant(value, imagePath(i, field)) : ms;
}

/** Whether the rule's count picks image `i` (the cheap half of {@link candidateReason}). */
function isCandidate(
  sel: EcrSelection,
  images: PreparedImages,
  i: number,
  rank: number,
  nowMs: number,
): boolean {
  const limit = sel.countNumber * DAY_MS;
  switch (sel.countType) {
    case 'imageCountMoreThan':
      return rank >= sel.countNumber;
    case 'sinceImagePushed':
      return nowMs - (images.effectivePush[i] ?? 0) > limit;
    case 'sinceImagePulled':
      return nowMs - (images.pullReference[i] ?? 0) > limit;
    case 'sinceImageTransitioned': {
      const at = images.archivedAt[i] ?? Number.NaN;
      return (
        !Number.isNaN(at) && nowMs - at > limit && nowMs - at >= ECR_ARCHIVE_MINIMUM_DAYS * DAY_MS
      );
    }
  }
}

/** Why the rule's count picks image `i` or leaves it, in words. */
function candidateReason(
  sel: EcrSelection,
  images: PreparedImages,
  i: number,
  rank: number,
  nowMs: number,
): string {
  const n = sel.countNumber;
  const picked = isCandidate(sel, images, i, rank, nowMs);
  const than = `${picked ? 'more' : 'not more'} than ${plural(n, 'day')}`;
  switch (sel.countType) {
    case 'imageCountMoreThan':
      // images sorted youngest to oldest; all beyond the count are expired or archived (LifecyclePolicies)
      return picked
        ? `it is number ${rank + 1} from the newest of the images this rule matches, and only the newest ${n} ${n === 1 ? 'is' : 'are'} kept`
        : `it is number ${rank + 1} from the newest, within the ${n} this rule keeps`;
    case 'sinceImagePushed':
      return `pushed ${formatDays((nowMs - (images.effectivePush[i] ?? 0)) / DAY_MS)} ago, ${than}`;
    case 'sinceImagePulled':
      return `last pulled (or pushed or restored) ${formatDays((nowMs - (images.pullReference[i] ?? 0)) / DAY_MS)} ago, ${than}`;
    case 'sinceImageTransitioned': {
      const at = images.archivedAt[i] ?? Number.NaN;
      if (Number.isNaN(at)) return 'it has no lastArchivedAt, so its time in archive is unknown';
      return `archived ${formatDays((nowMs - at) / DAY_MS)} ago, ${than}`;
    }
  }
}

function compileRule(rule: EcrLifecycleRule): CompiledRule {
  const sel = rule.selection;
  let globs: Glob[] = [];
  let what: string;
  if (sel.tagStatus === 'untagged') {
    what = 'untagged';
  } else if (sel.tagStatus === 'any') {
    what = 'any';
  } else if (sel.tagPatternList) {
    // every pattern must match at least one of the image's tags (LifecyclePolicies evaluation rules)
    globs = sel.tagPatternList.map(parseGlob);
    what = sel.tagPatternList.join(', ');
  } else {
    // every prefix in tagPrefixList must match some tag of the image (LifecyclePolicies evaluation rules)
    const prefixes = sel.tagPrefixList ?? [];
    globs = prefixes.map((p) => ({ first: p, last: '', middle: [], star: true }));
    what = `prefix ${prefixes.join(', ')}`;
  }
  // any literal first character of a prefix or pattern prunes the images to scan
  const firstChar =
    (sel.tagPrefixList ?? sel.tagPatternList ?? [])
      .map((p) => p.charAt(0))
      .find((ch) => ch !== '' && ch !== '*') ?? null;
  const storageClass = ruleStorageClass(rule);
  const count = {
    imageCountMoreThan: `keep newest ${sel.countNumber}`,
    sinceImagePushed: `pushed over ${plural(sel.countNumber, 'day')} ago`,
    sinceImagePulled: `not pulled for over ${plural(sel.countNumber, 'day')}`,
    sinceImageTransitioned: `archived over ${plural(sel.countNumber, 'day')} ago`,
  }[sel.countType];
  const action = rule.action.type === 'expire' ? 'expire' : 'archive';
  return {
    rule,
    storageClass,
    globs,
    firstCharBit: sel.tagStatus === 'tagged' && firstChar !== null ? firstCharBit(firstChar) : 0,
    shortLabel: `rule ${rule.rulePriority} (${sel.tagStatus === 'tagged' ? (sel.tagPatternList ?? sel.tagPrefixList ?? []).join(', ') : sel.tagStatus})`,
    label: `rule ${rule.rulePriority} (${what}${storageClass === 'archive' ? ', archived images' : ''}; ${count} → ${action})`,
  };
}

/** A tag pattern split at its `*`s; a prefix `p` is the pattern `p*`. Plain data, so one
 * matching function serves every rule (a closure per rule made the hot loop megamorphic). */
interface Glob {
  first: string;
  last: string;
  middle: string[];
  /** false: the pattern has no `*` and must equal the tag. */
  star: boolean;
}

function parseGlob(pattern: string): Glob {
  const parts = pattern.split('*');
  if (parts.length === 1) return { first: pattern, last: '', middle: [], star: false };
  return {
    first: parts[0] ?? '',
    last: parts[parts.length - 1] ?? '',
    middle: parts.slice(1, -1).filter((p) => p.length > 0),
    star: true,
  };
}

function globMatches(g: Glob, tag: string): boolean {
  if (!g.star) return tag === g.first;
  if (
    tag.length < g.first.length + g.last.length ||
    !tag.startsWith(g.first) ||
    !tag.endsWith(g.last)
  )
    return false;
  let at = g.first.length;
  const end = tag.length - g.last.length;
  for (const part of g.middle) {
    const found = tag.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/** Every glob matches at least one of the tags (LifecyclePolicies evaluation rules). */
function everyGlobMatchesSomeTag(globs: readonly Glob[], tags: readonly string[]): boolean {
  const count = tags.length;
  if (count === 0) return false;
  for (const g of globs) {
    let found = false;
    for (let t = 0; t < count && !found; t += 1) found = globMatches(g, tags[t] ?? '');
    if (!found) return false;
  }
  return true;
}

/** A matcher for a tag pattern in which `*` stands for any run of characters. */
export function compileGlob(pattern: string): (tag: string) => boolean {
  const g = parseGlob(pattern);
  return (tag) => globMatches(g, tag);
}

/** `sha256:0123456789ab…` for a full sha256 digest; anything else as it is. */
function shortDigest(digest: string): string {
  return digest.length === 71 && digest.startsWith('sha256:') ? `${digest.slice(0, 19)}…` : digest;
}

function formatDays(days: number): string {
  return plural(Math.round(days * 10) / 10, 'day');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
