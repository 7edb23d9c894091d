/**
 * The ECR lifecycle preview: which images a policy expires or archives at `now`, and why, image
 * by image (LifecyclePolicies, "Lifecycle policy evaluation rules"). Doc pages as in ecr.ts.
 */
import { plural } from '../words';
import { DAY_MS, parseInstant } from './dates';
import { everyGlobMatchesSomeTag, parseGlob, type Glob } from './ecr-glob';
import { firstCharBit, prepareImages, type PreparedImages } from './ecr-images';
import {
  ECR_ARCHIVE_MINIMUM_DAYS,
  type EcrImage,
  type EcrImageAction,
  type EcrImageDecision,
  type EcrLifecyclePolicy,
  type EcrLifecycleRule,
  type EcrPreviewResult,
  type EcrSelection,
  type EcrStorageClass,
} from './ecr-types';
import {
  ruleStorageClass,
  validateEcrLifecyclePolicy,
  parseEcrLifecyclePolicy,
} from './ecr-validate';
import { isJsonObject, type JsonObject } from './json';

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

/** `sha256:0123456789ab…` for a full sha256 digest; anything else as it is. */
function shortDigest(digest: string): string {
  return digest.length === 71 && digest.startsWith('sha256:') ? `${digest.slice(0, 19)}…` : digest;
}

function formatDays(days: number): string {
  return plural(Math.round(days * 10) / 10, 'day');
}
