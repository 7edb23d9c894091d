/**
 * The lifecycle simulator's reducer: one learner action on a scenario gives the next scenario, a
 * one-line summary and a trace in words. Pure and total: it never throws, and bad input is refused
 * with a trace that says why.
 *
 * Doc pages named below: ECR https://docs.aws.amazon.com/AmazonECR/latest/userguide/<slug>.html
 * (LifecyclePolicies, lifecycle_policy_parameters, image-tag-mutability, archive-image), S3
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/<slug>.html (Versioning,
 * manage-versioning-examples, DeletingObjectVersions, object-lock, object-lock-managing,
 * object-lock-configure).
 */
import { PolicyError, located } from '../errors';
import { DAY_MS, toDay, toIso } from './dates';
import {
  parseEcrLifecyclePolicy,
  previewEcrLifecycle,
  type EcrImage,
  type EcrLifecyclePolicy,
} from './ecr';
import {
  addDays,
  generateEcrImages,
  generateS3Objects,
  makeDigest,
  withTagsMoved,
} from './generate';
import { earlyDeletionCost, ecrMonthlyStorageCost, s3MonthlyStorageCost } from './pricing';
import {
  applyS3Lifecycle,
  isVersionLocked,
  parseS3LifecycleConfiguration,
  type S3LifecycleConfiguration,
  type S3LifecycleEvent,
  type S3Object,
  type S3ObjectVersion,
} from './s3';
import {
  LIMITS,
  type EcrState,
  type EcrTimelineEntry,
  type LifecycleAction,
  type LifecycleScenario,
  type S3Request,
  type S3State,
} from './scenario';

export interface SimulationStep {
  scenario: LifecycleScenario;
  summary: string;
  trace: string[];
}

// ---------------------------------------------------------------------------------------------
// Parsing the typed policies (remembered per text: the UI asks on every render)

export interface Parsed<T> {
  value: T | null;
  /** null when the text is empty (no policy) or valid. */
  problem: { path: string; message: string } | null;
}

function problemOf(error: unknown): { path: string; message: string } {
  if (error instanceof PolicyError) return { path: error.path, message: error.problem };
  return { path: '', message: String(error) };
}

function memo<T>(parse: (text: string) => T): (text: string) => Parsed<T> {
  let last: { text: string; result: Parsed<T> } | null = null;
  return (text) => {
    if (last?.text === text) return last.result;
    let result: Parsed<T>;
    if (text.trim() === '') result = { value: null, problem: null };
    else {
      try {
        result = { value: parse(text), problem: null };
      } catch (error) {
        result = { value: null, problem: problemOf(error) };
      }
    }
    last = { text, result };
    return result;
  };
}

export const parseEcrPolicyText = memo(parseEcrLifecyclePolicy);
export const parseS3ConfigurationText = memo(parseS3LifecycleConfiguration);

// ---------------------------------------------------------------------------------------------

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const usd = (n: number) => `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
export const shortDigest = (digest: string) =>
  digest.startsWith('sha256:') ? `${digest.slice(7, 19)}` : digest;
const describeImage = (image: { digest: string; tags: readonly string[] }) =>
  `${shortDigest(image.digest)} (${image.tags.length ? image.tags.join(', ') : 'untagged'})`;
const MAX_TRACE = 250;

function capTrace(lines: string[]): string[] {
  return lines.length <= MAX_TRACE
    ? lines
    : [...lines.slice(0, MAX_TRACE), `… and ${lines.length - MAX_TRACE} more lines.`];
}

function capTimeline<T>(list: T[]): T[] {
  return list.length <= LIMITS.timeline ? list : list.slice(list.length - LIMITS.timeline);
}

const withEcr = (s: LifecycleScenario, ecr: EcrState): LifecycleScenario => ({ ...s, ecr });
const withS3 = (s: LifecycleScenario, s3: S3State): LifecycleScenario => ({ ...s, s3 });
const refuse = (s: LifecycleScenario, summary: string, why: string): SimulationStep => ({
  scenario: s,
  summary,
  trace: [why],
});

/** Applies one learner action to a scenario. Pure: the input is never changed; never throws. */
export function applyLifecycleAction(
  s: LifecycleScenario,
  action: LifecycleAction,
): SimulationStep {
  try {
    return action.type.startsWith('ecr.') ? applyEcr(s, action) : applyS3(s, action);
  } catch (error) {
    return refuse(s, 'Refused', `The simulator could not apply this: ${problemOf(error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// ECR

function applyEcr(s: LifecycleScenario, action: LifecycleAction): SimulationStep {
  const ecr = s.ecr;
  switch (action.type) {
    case 'ecr.policy.edit': {
      const parsed = parseEcrPolicyText(action.text);
      const next = withEcr(s, { ...ecr, policyText: action.text });
      if (action.text.trim() === '') {
        return {
          scenario: next,
          summary: 'Lifecycle policy removed',
          trace: [
            'delete-lifecycle-policy: with no lifecycle policy nothing ever expires, and every image keeps costing storage (LifecyclePolicies).',
          ],
        };
      }
      if (!parsed.value) {
        const p = parsed.problem!;
        return {
          scenario: next,
          summary: `Policy rejected${p.path ? ` at ${p.path}` : ''}`,
          trace: [
            `put-lifecycle-policy would fail with InvalidParameterException: ${located(p)}`,
            'The text is kept so you can fix it; until it is valid, the repository has no working lifecycle policy.',
          ],
        };
      }
      const preview = previewEcrLifecycle(parsed.value, ecr.images, ecr.now);
      return {
        scenario: next,
        summary: `Policy accepted: ${plural(parsed.value.rules.length, 'rule')}`,
        trace: [
          `ECR accepts the policy: ${plural(parsed.value.rules.length, 'rule')}, evaluated lowest rulePriority first (lifecycle_policy_parameters).`,
          `Preview at ${ecr.now}: the next run would expire ${plural(preview.expired.length, 'image')} and archive ${preview.transitioned.length}.`,
          ...preview.trace.filter((line) => line.startsWith('rule ')),
        ],
      };
    }
    case 'ecr.image.add': {
      if (ecr.images.length >= LIMITS.images)
        return refuse(s, 'Image refused', `The simulator holds at most ${LIMITS.images} images.`);
      const pushedAt = addDays(ecr.now, -action.pushedDaysAgo);
      const digest = makeDigest(
        `${pushedAt}|${action.tags.join(',')}|${ecr.images.length}|${ecr.timeline.length}`,
        new Set(ecr.images.map((i) => i.digest)),
      );
      const tags = [...new Set(action.tags)];
      const { images, moved } = withTagsMoved(ecr.images, tags);
      const image: EcrImage = {
        digest,
        tags,
        pushedAt,
        sizeBytes: action.sizeBytes,
        storageClass: 'standard',
        lastPulledAt:
          action.pulledDaysAgo === null
            ? null
            : addDays(ecr.now, -Math.min(action.pulledDaysAgo, action.pushedDaysAgo)),
      };
      return {
        scenario: withEcr(s, { ...ecr, images: [...images, image] }),
        summary: `Image ${describeImage(image)} pushed ${plural(action.pushedDaysAgo, 'day')} ago`,
        trace: [
          `Image ${shortDigest(digest)} pushed at ${pushedAt}${image.lastPulledAt ? `, last pulled ${image.lastPulledAt}` : ', never pulled'}.`,
          ...moved.map(
            (m) =>
              `Tag ${m.tag} moved here from ${shortDigest(m.from)}: a tag names one image, so the older image loses it${images.find((i) => i.digest === m.from)?.tags.length === 0 ? ' and is now untagged' : ''} (image-tag-mutability).`,
          ),
        ],
      };
    }
    case 'ecr.image.remove': {
      const image = ecr.images.find((i) => i.digest === action.digest);
      if (!image)
        return refuse(
          s,
          'No such image',
          `There is no image ${shortDigest(action.digest)} in ${ecr.repository}.`,
        );
      return {
        scenario: withEcr(s, { ...ecr, images: ecr.images.filter((i) => i !== image) }),
        summary: `Image ${describeImage(image)} deleted by hand`,
        trace: [
          `batch-delete-image removed ${describeImage(image)} now; lifecycle played no part.`,
        ],
      };
    }
    case 'ecr.image.pull': {
      const image = ecr.images.find((i) => i.digest === action.digest);
      if (!image)
        return refuse(
          s,
          'No such image',
          `There is no image ${shortDigest(action.digest)} in ${ecr.repository}.`,
        );
      if (image.storageClass === 'archive')
        return refuse(
          s,
          'Pull refused',
          `${describeImage(image)} is archived: restore it before pulling it (archive-image).`,
        );
      return {
        scenario: withEcr(s, {
          ...ecr,
          images: ecr.images.map((i) => (i === image ? { ...i, lastPulledAt: ecr.now } : i)),
        }),
        summary: `Pulled ${describeImage(image)}`,
        trace: [
          `docker pull records last_recorded_pulltime ${ecr.now}; sinceImagePulled rules count from it (LifecyclePolicies).`,
        ],
      };
    }
    case 'ecr.image.restore': {
      const image = ecr.images.find((i) => i.digest === action.digest);
      if (!image)
        return refuse(
          s,
          'No such image',
          `There is no image ${shortDigest(action.digest)} in ${ecr.repository}.`,
        );
      if (image.storageClass !== 'archive')
        return refuse(s, 'Nothing to restore', `${describeImage(image)} is not archived.`);
      return {
        scenario: withEcr(s, {
          ...ecr,
          images: ecr.images.map((i) =>
            i === image ? { ...i, storageClass: 'standard' as const, lastActivatedAt: ecr.now } : i,
          ),
        }),
        summary: `Restored ${describeImage(image)}`,
        trace: [
          `The image is back in standard storage; lifecycle treats it as pushed at ${ecr.now} (last_activated_at replaces the push time, archive_restore_image).`,
        ],
      };
    }
    case 'ecr.images.generate': {
      const pushes = Math.floor((action.days - 1) / action.everyDays) + 1;
      const count = pushes * action.tags.length;
      if (ecr.images.length + count > LIMITS.images) {
        return refuse(
          s,
          'Too many images',
          `That would push ${count} images; the simulator holds at most ${LIMITS.images}.`,
        );
      }
      const generated = generateEcrImages(action, ecr.images, ecr.now);
      const streams = action.tags.map((t) => (t === '' ? 'untagged' : `${t}*`)).join(', ');
      return {
        scenario: withEcr(s, { ...ecr, images: [...ecr.images, ...generated] }),
        summary: `Generated ${plural(generated.length, 'image')}: ${streams}, every ${plural(action.everyDays, 'day')} for ${action.days} days`,
        trace: [
          `${plural(generated.length, 'image')} pushed from ${addDays(ecr.now, -action.days)} to yesterday: ${streams}, ${(action.sizeBytes / 1024 ** 2).toFixed(0)} MB each.`,
        ],
      };
    }
    case 'ecr.clock.advance':
      return advanceEcr(s, action.days);
    default:
      return refuse(s, 'Unknown action', 'This action is not part of the ECR simulator.');
  }
}

/** Lifecycle runs once a day: each day's run expires or archives what the policy picks then. */
function advanceEcr(s: LifecycleScenario, days: number): SimulationStep {
  const ecr = s.ecr;
  const end = addDays(ecr.now, days);
  const parsed = parseEcrPolicyText(ecr.policyText);
  const costBefore = ecrMonthlyStorageCost(ecr.images).monthly;
  if (!parsed.value) {
    return {
      scenario: withEcr(s, { ...ecr, now: end }),
      summary: `+${plural(days, 'day')} → ${toDay(Date.parse(end))}: ${parsed.problem ? 'policy invalid, ' : ''}nothing expired`,
      trace: [
        parsed.problem
          ? `The lifecycle policy text is invalid (${located(parsed.problem)}), so ECR has no policy to run: nothing expires.`
          : 'No lifecycle policy: nothing expires, and storage keeps costing (LifecyclePolicies).',
        `Storage: ${usd(costBefore)} a month for ${plural(ecr.images.length, 'image')}.`,
      ],
    };
  }
  const policy: EcrLifecyclePolicy = parsed.value;
  let images = ecr.images;
  const timeline: EcrTimelineEntry[] = [];
  const trace: string[] = [];
  let last: ReturnType<typeof previewEcrLifecycle> | null = null;
  const start = Date.parse(ecr.now);
  for (let d = 1; d <= days; d += 1) {
    const at = toIso(start + d * DAY_MS);
    const result = previewEcrLifecycle(policy, images, at);
    last = result;
    if (result.expired.length === 0 && result.transitioned.length === 0) continue;
    const byDigest = new Map(images.map((i) => [i.digest, i]));
    const expired = new Set(result.expired.map((e) => e.digest));
    const archived = new Set(result.transitioned.map((e) => e.digest));
    for (const e of [
      ...result.expired.map((x) => ({ ...x, action: 'expire' as const })),
      ...result.transitioned.map((x) => ({ ...x, action: 'transition' as const })),
    ]) {
      const image = byDigest.get(e.digest);
      if (image)
        timeline.push({
          at,
          digest: e.digest,
          tags: [...image.tags],
          action: e.action,
          rulePriority: e.rulePriority,
          sizeBytes: image.sizeBytes ?? 0,
        });
    }
    images = images
      .filter((i) => !expired.has(i.digest))
      .map((i) =>
        archived.has(i.digest) ? { ...i, storageClass: 'archive' as const, lastArchivedAt: at } : i,
      );
    trace.push(
      `Run of ${toDay(Date.parse(at))}: expired ${result.expired.length}, archived ${result.transitioned.length}.`,
    );
    trace.push(
      ...result.trace.filter((line) => line.startsWith('rule ')).map((line) => `  ${line}`),
    );
    for (const decision of result.decisions ?? []) {
      if (decision.outcome !== 'kept') {
        const image = byDigest.get(decision.digest);
        trace.push(
          `  ${image ? describeImage(image) : shortDigest(decision.digest)} ${decision.reason}`,
        );
      }
    }
  }
  // what the last run kept on purpose: protected by a higher-priority rule, or within its count
  const kept = (last?.decisions ?? []).filter(
    (d) =>
      d.outcome === 'kept' &&
      d.rulePriority !== undefined &&
      images.some((i) => i.digest === d.digest),
  );
  const byDigest = new Map(images.map((i) => [i.digest, i]));
  if (kept.length > 0) {
    trace.push(`Kept at the last run (${toDay(Date.parse(end))}):`);
    const protectedFirst = [...kept].sort(
      (a, b) =>
        Number(b.reason.includes('matched it first')) -
        Number(a.reason.includes('matched it first')),
    );
    for (const d of protectedFirst.slice(0, 40)) {
      const image = byDigest.get(d.digest);
      trace.push(`  ${image ? describeImage(image) : shortDigest(d.digest)} ${d.reason}`);
    }
    if (kept.length > 40) trace.push(`  … and ${kept.length - 40} more kept by their rules.`);
  }
  const unselected = (last?.decisions ?? []).filter(
    (d) => d.outcome === 'kept' && d.rulePriority === undefined,
  ).length;
  if (unselected > 0)
    trace.push(`${plural(unselected, 'image')} no rule selects: lifecycle never touches them.`);
  const expiredCount = timeline.filter((t) => t.action === 'expire').length;
  const archivedCount = timeline.length - expiredCount;
  const costAfter = ecrMonthlyStorageCost(images).monthly;
  trace.unshift(
    `Lifecycle ran once a day from ${toDay(start + DAY_MS)} to ${toDay(Date.parse(end))}: ${plural(expiredCount, 'image')} expired, ${archivedCount} archived. Storage ${usd(costBefore)} → ${usd(costAfter)} a month.`,
  );
  const byRule = new Map<number, number>();
  for (const t of timeline)
    if (t.action === 'expire') byRule.set(t.rulePriority, (byRule.get(t.rulePriority) ?? 0) + 1);
  return {
    scenario: withEcr(s, {
      ...ecr,
      now: end,
      images,
      timeline: capTimeline([...ecr.timeline, ...timeline]),
    }),
    summary: `+${plural(days, 'day')} → ${toDay(Date.parse(end))}: ${expiredCount} expired${byRule.size ? ` (${[...byRule].map(([p, n]) => `rule ${p}: ${n}`).join(', ')})` : ''}${archivedCount ? `, ${archivedCount} archived` : ''}`,
    trace: capTrace(trace),
  };
}

// ---------------------------------------------------------------------------------------------
// S3

const request = (s3: S3State, r: S3Request): S3State => ({ ...s3, lastRequest: r });

function findObject(s3: S3State, key: string) {
  const index = s3.objects.findIndex((o) => o.key === key);
  return { index, object: index >= 0 ? s3.objects[index] : undefined };
}

function replaceObject(
  objects: readonly S3Object[],
  index: number,
  next: S3Object | null,
): S3Object[] {
  const out = [...objects];
  if (next) out[index] = next;
  else out.splice(index, 1);
  return out;
}

/** The next `v<n>` id for a new version of `object`. */
function nextVersionId(object: S3Object | undefined): string {
  let max = 0;
  for (const v of object?.versions ?? []) {
    const m = /^v(\d+)$/.exec(v.versionId);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `v${max + 1}`;
}

function lockText(v: S3ObjectVersion): string {
  const lock = v.lock;
  if (!lock) return 'no lock';
  const parts: string[] = [];
  if (lock.mode) parts.push(`${lock.mode}${lock.retainUntil ? ` until ${lock.retainUntil}` : ''}`);
  if (lock.legalHold === true || lock.legalHold === 'ON') parts.push('legal hold');
  return parts.join(' + ') || 'no lock';
}

function retentionInForce(v: S3ObjectVersion, now: string): boolean {
  const lock = v.lock;
  return Boolean(
    lock &&
    lock.mode &&
    (lock.retainUntil === undefined || Date.parse(lock.retainUntil) > Date.parse(now)),
  );
}

const hasLegalHold = (v: S3ObjectVersion) =>
  v.lock?.legalHold === true || v.lock?.legalHold === 'ON';

function earlyCharge(object: S3Object, v: S3ObjectVersion, at: string): number {
  if (v.isDeleteMarker) return 0;
  return earlyDeletionCost({
    service: 's3',
    sizeBytes: object.size,
    storageClass: v.storageClass,
    storedSince: v.storageClassSince ?? v.createdAt,
    removedAt: at,
  });
}

function applyS3(s: LifecycleScenario, action: LifecycleAction): SimulationStep {
  const s3 = s.s3;
  switch (action.type) {
    case 's3.configuration.edit': {
      const parsed = parseS3ConfigurationText(action.text);
      const next = withS3(s, { ...s3, configurationText: action.text });
      if (action.text.trim() === '') {
        return {
          scenario: next,
          summary: 'Lifecycle configuration removed',
          trace: ['delete-bucket-lifecycle: no rules, so nothing transitions or expires.'],
        };
      }
      if (!parsed.value) {
        const p = parsed.problem!;
        return {
          scenario: next,
          summary: `Configuration rejected${p.path ? ` at ${p.path}` : ''}`,
          trace: [
            `put-bucket-lifecycle-configuration would fail (MalformedXML / InvalidArgument): ${located(p)}`,
            'The text is kept so you can fix it; until it is valid, the bucket has no working lifecycle configuration.',
          ],
        };
      }
      const rules = parsed.value.Rules;
      return {
        scenario: next,
        summary: `Configuration accepted: ${plural(rules.length, 'rule')}`,
        trace: [
          `S3 accepts the configuration: ${plural(rules.length, 'rule')} (${rules.filter((r) => r.Status === 'Enabled').length} enabled). Lifecycle runs at midnight UTC; objects already past a due date are acted on at the next run (intro-lifecycle-rules).`,
          ...(s3.bucket.versioning !== 'Disabled' &&
          rules.some((r) => r.Expiration?.Days !== undefined && !r.NoncurrentVersionExpiration)
            ? [
                'Versioning is on: Expiration only adds a delete marker; the data stays as a noncurrent version until NoncurrentVersionExpiration removes it (lifecycle-expire-general-considerations).',
              ]
            : []),
        ],
      };
    }
    case 's3.versioning.set': {
      const from = s3.bucket.versioning;
      const to = action.versioning;
      if (from === to) return refuse(s, `Versioning already ${to}`, `Versioning is already ${to}.`);
      // once enabled, versioning can be suspended but never turned off (Versioning)
      if (to === 'Disabled')
        return refuse(
          s,
          'Versioning cannot be disabled',
          'A bucket that has had versioning enabled can only be suspended, never returned to unversioned (Versioning).',
        );
      // Object Lock needs versioning; it cannot be suspended while Object Lock is on (object-lock)
      if (to === 'Suspended' && s3.bucket.objectLock)
        return refuse(
          s,
          'Versioning cannot be suspended',
          'Object Lock is enabled on this bucket, and versioning cannot be suspended on an Object Lock bucket (object-lock).',
        );
      return {
        scenario: withS3(s, { ...s3, bucket: { ...s3.bucket, versioning: to } }),
        summary: `Versioning ${to}`,
        trace: [
          to === 'Enabled'
            ? 'Versioning enabled: existing objects keep their null version; every new write gets its own version id, and a DELETE adds a delete marker (manage-versioning-examples).'
            : 'Versioning suspended: existing versions stay; new writes and deletes use the null version id, replacing any null version (Versioning).',
        ],
      };
    }
    case 's3.objectLock.enable': {
      if (s3.bucket.objectLock)
        return refuse(
          s,
          'Object Lock already on',
          'Object Lock is already enabled, and it can never be turned off.',
        );
      if (s3.bucket.versioning !== 'Enabled')
        return refuse(
          s,
          'Object Lock refused',
          'Object Lock needs versioning enabled first (object-lock-configure).',
        );
      return {
        scenario: withS3(s, { ...s3, bucket: { ...s3.bucket, objectLock: true } }),
        summary: 'Object Lock enabled',
        trace: [
          'Object Lock enabled: versions can now carry a retention mode (GOVERNANCE or COMPLIANCE) and a legal hold. It cannot be disabled, and versioning can no longer be suspended (object-lock).',
        ],
      };
    }
    case 's3.object.put':
      return putObject(s, action);
    case 's3.object.delete':
      return deleteObject(s, action);
    case 's3.retention.set':
      return setRetention(s, action);
    case 's3.legalHold.set': {
      const { index, object } = findObject(s3, action.key);
      const v = object?.versions.find((x) => x.versionId === action.versionId);
      const base = {
        operation: 'PutObjectLegalHold' as const,
        key: action.key,
        versionId: action.versionId,
      };
      if (!object || !v)
        return {
          scenario: withS3(s, request(s3, { ...base, status: 404, message: 'NoSuchVersion' })),
          summary: `Legal hold on ${action.key} ${action.versionId} → 404`,
          trace: [`There is no version ${action.versionId} of ${action.key}.`],
        };
      if (!s3.bucket.objectLock || v.isDeleteMarker) {
        const why = v.isDeleteMarker
          ? 'A delete marker holds no data and cannot be locked.'
          : 'Object Lock is not enabled on this bucket (InvalidRequest).';
        return {
          scenario: withS3(s, request(s3, { ...base, status: 400, message: why })),
          summary: `Legal hold on ${action.key} ${action.versionId} → 400`,
          trace: [why],
        };
      }
      const lock = {
        mode: v.lock?.mode ?? null,
        ...(v.lock?.retainUntil ? { retainUntil: v.lock.retainUntil } : {}),
        legalHold: action.on,
      };
      const object2 = {
        ...object,
        versions: object.versions.map((x) => (x === v ? { ...x, lock } : x)),
      };
      return {
        scenario: withS3(
          s,
          request(
            { ...s3, objects: replaceObject(s3.objects, index, object2) },
            { ...base, status: 200, message: action.on ? 'legal hold ON' : 'legal hold OFF' },
          ),
        ),
        summary: `Legal hold ${action.on ? 'on' : 'off'}: ${action.key} ${action.versionId}`,
        trace: [
          action.on
            ? 'A legal hold has no end date: the version cannot be deleted until someone with s3:PutObjectLegalHold removes the hold; it works independently of any retention mode (object-lock).'
            : 'Legal hold removed (s3:PutObjectLegalHold). Any retention period still applies.',
        ],
      };
    }
    case 's3.objects.generate': {
      if (action.lock && !s3.bucket.objectLock)
        return refuse(
          s,
          'Generate refused',
          'Object Lock is not enabled on this bucket, so versions cannot be locked.',
        );
      const made = generateS3Objects(action, s3.bucket.versioning, s3.now);
      const clash = made.find((o) => s3.objects.some((x) => x.key === o.key));
      if (clash)
        return refuse(
          s,
          'Generate refused',
          `${clash.key} already exists; choose another prefix or name.`,
        );
      if (s3.objects.length + made.length > LIMITS.objects)
        return refuse(
          s,
          'Too many objects',
          `The simulator holds at most ${LIMITS.objects} objects.`,
        );
      const versions = made.reduce((n, o) => n + o.versions.length, 0);
      return {
        scenario: withS3(s, { ...s3, objects: [...s3.objects, ...made] }),
        summary: `Generated ${plural(made.length, 'object')}, ${plural(versions, 'version')}`,
        trace: [
          `${action.overwrite ? `${action.prefix}${action.name} written ${action.count} times` : `${plural(made.length, 'new object')} under ${action.prefix || 'the bucket root'}`}, every ${plural(action.everyDays, 'day')} up to yesterday${action.lock ? `, each version locked in ${action.lock.mode} mode for ${action.lock.retainDays} days` : ''}.`,
          ...(action.overwrite && s3.bucket.versioning !== 'Enabled'
            ? [
                'Versioning is not enabled, so each write replaced the last: only the newest (null) version remains.',
              ]
            : []),
        ],
      };
    }
    case 's3.clock.advance':
      return advanceS3(s, action.days);
    default:
      return refuse(s, 'Unknown action', 'This action is not part of the S3 simulator.');
  }
}

type PutAction = Extract<LifecycleAction, { type: 's3.object.put' }>;
type DeleteAction = Extract<LifecycleAction, { type: 's3.object.delete' }>;
type RetentionAction = Extract<LifecycleAction, { type: 's3.retention.set' }>;

function putObject(s: LifecycleScenario, action: PutAction): SimulationStep {
  const s3 = s.s3;
  const { index, object } = findObject(s3, action.key);
  const base = { operation: 'PutObject' as const, key: action.key };
  if ((action.lock || action.legalHold) && !s3.bucket.objectLock) {
    const why =
      'Object Lock is not enabled on this bucket, so a retention or legal hold cannot be set (InvalidRequest).';
    return {
      scenario: withS3(s, request(s3, { ...base, versionId: null, status: 400, message: why })),
      summary: `Put ${action.key} → 400`,
      trace: [why],
    };
  }
  if (!object && s3.objects.length >= LIMITS.objects)
    return refuse(s, 'Put refused', `The simulator holds at most ${LIMITS.objects} objects.`);
  const versioning = s3.bucket.versioning;
  const versionId = versioning === 'Enabled' ? nextVersionId(object) : 'null';
  const version: S3ObjectVersion = {
    versionId,
    createdAt: s3.now,
    storageClass: action.storageClass ?? 'STANDARD',
    isDeleteMarker: false,
  };
  if (action.lock || action.legalHold) {
    version.lock = {
      mode: action.lock?.mode ?? null,
      ...(action.lock ? { retainUntil: addDays(s3.now, action.lock.retainDays) } : {}),
      ...(action.legalHold ? { legalHold: true } : {}),
    };
  }
  const trace: string[] = [];
  let early = 0;
  let versions: S3ObjectVersion[];
  if (!object) versions = [version];
  else if (versioning === 'Enabled') {
    if (object.versions.length >= LIMITS.versionsPerObject)
      return refuse(
        s,
        'Put refused',
        `The simulator keeps at most ${LIMITS.versionsPerObject} versions of an object.`,
      );
    versions = [...object.versions, version];
    trace.push(
      `The previous current version of ${action.key} becomes noncurrent now; NoncurrentDays count from this moment (intro-lifecycle-rules).`,
    );
  } else {
    // unversioned or suspended: the write replaces the null version (Versioning)
    const old = object.versions.find((v) => v.versionId === 'null');
    if (old) {
      early = earlyCharge(object, old, s3.now);
      trace.push(
        `The write replaces the null version of ${action.key}${early > 0 ? `, which had not stayed its minimum storage duration in ${old.storageClass}: ${usd(early)} early-deletion charge` : ''}.`,
      );
    }
    versions = [...object.versions.filter((v) => v.versionId !== 'null'), version];
  }
  const next: S3Object = { key: action.key, size: action.size, tags: object?.tags ?? {}, versions };
  const objects = object ? replaceObject(s3.objects, index, next) : [...s3.objects, next];
  trace.unshift(
    `PUT ${action.key}: version ${versionId}, ${action.size} bytes in ${version.storageClass}${version.lock ? `, ${lockText(version)}` : ''}.`,
  );
  return {
    scenario: withS3(
      s,
      request(
        { ...s3, objects, earlyDeletionUsd: s3.earlyDeletionUsd + early },
        { ...base, versionId, status: 200, message: `version ${versionId} written` },
      ),
    ),
    summary: `Put ${action.key} (${versionId})`,
    trace,
  };
}

function deleteObject(s: LifecycleScenario, action: DeleteAction): SimulationStep {
  const s3 = s.s3;
  const { index, object } = findObject(s3, action.key);
  const label = `Delete ${action.key}${action.versionId ? ` ${action.versionId}` : ''}${action.bypassGovernance ? ' (bypass governance)' : ''}`;
  const base = { operation: 'DeleteObject' as const, key: action.key, versionId: action.versionId };
  const answer = (
    status: S3Request['status'],
    message: string,
    trace: string[],
    next: S3State = s3,
  ): SimulationStep => ({
    scenario: withS3(s, request(next, { ...base, status, message })),
    summary: `${label} → ${status}`,
    trace,
  });
  if (!object) return answer(404, 'NoSuchKey', [`There is no object ${action.key}.`]);
  const versioning = s3.bucket.versioning;
  if (action.versionId === null) {
    if (versioning === 'Disabled') {
      const v = object.versions[object.versions.length - 1]!;
      const early = earlyCharge(object, v, s3.now);
      return answer(
        204,
        'deleted',
        [
          `Unversioned bucket: DELETE removes ${action.key} for good.${early > 0 ? ` It left ${v.storageClass} before its minimum storage duration: ${usd(early)} early-deletion charge.` : ''}`,
        ],
        {
          ...s3,
          objects: replaceObject(s3.objects, index, null),
          earlyDeletionUsd: s3.earlyDeletionUsd + early,
        },
      );
    }
    const markerId = versioning === 'Enabled' ? nextVersionId(object) : 'null';
    const marker: S3ObjectVersion = {
      versionId: markerId,
      createdAt: s3.now,
      storageClass: 'STANDARD',
      isDeleteMarker: true,
    };
    let early = 0;
    let kept = object.versions;
    if (versioning === 'Suspended') {
      const nullVersion = object.versions.find((v) => v.versionId === 'null');
      if (nullVersion) {
        early = earlyCharge(object, nullVersion, s3.now);
        kept = object.versions.filter((v) => v !== nullVersion);
      }
    }
    const locked = object.versions.filter((v) => isVersionLocked(v, s3.now));
    return answer(
      204,
      `delete marker ${markerId}`,
      [
        `DELETE without a version id in a ${versioning === 'Enabled' ? 'versioned' : 'versioning-suspended'} bucket adds delete marker ${markerId}; ${versioning === 'Enabled' ? 'no data is removed' : 'it replaces the null version'} (DeletingObjectVersions).`,
        ...(locked.length > 0
          ? [
              `This works even though ${locked.map((v) => `${v.versionId} (${lockText(v)})`).join(', ')} ${locked.length === 1 ? 'is' : 'are'} locked: Object Lock protects versions, not the current pointer, and the locked data stays (object-lock).`,
            ]
          : []),
      ],
      {
        ...s3,
        objects: replaceObject(s3.objects, index, { ...object, versions: [...kept, marker] }),
        earlyDeletionUsd: s3.earlyDeletionUsd + early,
      },
    );
  }
  const v = object.versions.find((x) => x.versionId === action.versionId);
  if (!v)
    return answer(404, 'NoSuchVersion', [
      `There is no version ${action.versionId} of ${action.key}.`,
    ]);
  // a legal hold blocks deletion until removed, whatever the mode (object-lock)
  if (hasLegalHold(v))
    return answer(403, 'AccessDenied: legal hold', [
      `${action.key} ${v.versionId} is under a legal hold: nobody can delete it until the hold is removed (s3:PutObjectLegalHold) (object-lock).`,
    ]);
  if (retentionInForce(v, s3.now)) {
    if (v.lock?.mode === 'COMPLIANCE') {
      return answer(403, 'AccessDenied: compliance retention', [
        `${action.key} ${v.versionId} is in COMPLIANCE mode until ${v.lock.retainUntil ?? 'forever'}: no user, not even the root user, can delete it or shorten the retention. Bypassing governance does not apply (object-lock).`,
      ]);
    }
    if (!action.bypassGovernance) {
      return answer(403, 'AccessDenied: governance retention', [
        `${action.key} ${v.versionId} is in GOVERNANCE mode until ${v.lock?.retainUntil ?? 'forever'}: deleting it needs s3:BypassGovernanceRetention and the x-amz-bypass-governance-retention: true header (object-lock-managing).`,
      ]);
    }
  }
  const early = earlyCharge(object, v, s3.now);
  const remaining = object.versions.filter((x) => x !== v);
  return answer(
    204,
    `version ${v.versionId} deleted`,
    [
      `DELETE with versionId ${v.versionId} removes that version permanently (DeletingObjectVersions).`,
      ...(retentionInForce(v, s3.now)
        ? [
            'Its GOVERNANCE retention was bypassed with s3:BypassGovernanceRetention: governance protects against most users, not against those granted the bypass (object-lock-managing).',
          ]
        : []),
      ...(v.isDeleteMarker &&
      v === object.versions[object.versions.length - 1] &&
      remaining.length > 0
        ? [
            `Removing the delete marker makes ${remaining[remaining.length - 1]!.versionId} current again.`,
          ]
        : []),
      ...(early > 0
        ? [
            `It left ${v.storageClass} before its minimum storage duration: ${usd(early)} early-deletion charge.`,
          ]
        : []),
    ],
    {
      ...s3,
      objects: replaceObject(
        s3.objects,
        index,
        remaining.length ? { ...object, versions: remaining } : null,
      ),
      earlyDeletionUsd: s3.earlyDeletionUsd + early,
    },
  );
}

function setRetention(s: LifecycleScenario, action: RetentionAction): SimulationStep {
  const s3 = s.s3;
  const { index, object } = findObject(s3, action.key);
  const label = `Retention on ${action.key} ${action.versionId}`;
  const base = {
    operation: 'PutObjectRetention' as const,
    key: action.key,
    versionId: action.versionId,
  };
  const answer = (
    status: S3Request['status'],
    message: string,
    trace: string[],
    next: S3State = s3,
  ): SimulationStep => ({
    scenario: withS3(s, request(next, { ...base, status, message })),
    summary: `${label} → ${status}`,
    trace,
  });
  const v = object?.versions.find((x) => x.versionId === action.versionId);
  if (!object || !v)
    return answer(404, 'NoSuchVersion', [
      `There is no version ${action.versionId} of ${action.key}.`,
    ]);
  if (!s3.bucket.objectLock)
    return answer(400, 'InvalidRequest', ['Object Lock is not enabled on this bucket.']);
  if (v.isDeleteMarker)
    return answer(400, 'InvalidRequest', ['A delete marker holds no data and cannot be locked.']);
  if (action.mode !== null && action.retainDays === null)
    return answer(400, 'InvalidRequest', ['A retention mode needs a retain-until date.']);
  const until =
    action.mode === null || action.retainDays === null ? null : addDays(s3.now, action.retainDays);
  const currentUntil = v.lock?.retainUntil;
  const inForce = retentionInForce(v, s3.now);
  const weaker = !inForce
    ? false
    : action.mode === null ||
      until === null ||
      (currentUntil !== undefined && Date.parse(until) < Date.parse(currentUntil)) ||
      action.mode !== v.lock?.mode;
  if (inForce && v.lock?.mode === 'COMPLIANCE' && weaker) {
    return answer(403, 'AccessDenied: compliance retention', [
      `COMPLIANCE retention until ${currentUntil ?? 'forever'} can only be extended: its mode cannot change and its date cannot move earlier, by anyone (object-lock). This is why you trial retention settings in GOVERNANCE mode first.`,
    ]);
  }
  if (inForce && v.lock?.mode === 'GOVERNANCE' && weaker && !action.bypassGovernance) {
    return answer(403, 'AccessDenied: governance retention', [
      `Shortening, removing or changing GOVERNANCE retention needs s3:BypassGovernanceRetention and the x-amz-bypass-governance-retention: true header (object-lock-managing). Extending it does not.`,
    ]);
  }
  const lock = {
    mode: action.mode,
    ...(until ? { retainUntil: until } : {}),
    ...(hasLegalHold(v) ? { legalHold: true } : {}),
  };
  const next = { ...object, versions: object.versions.map((x) => (x === v ? { ...x, lock } : x)) };
  return answer(
    200,
    action.mode ? `${action.mode} until ${until}` : 'retention removed',
    [
      action.mode
        ? `${action.key} ${v.versionId} is now locked in ${action.mode} mode until ${until}. Lifecycle may still add delete markers and transition it, but can never delete it while the lock holds (object-lock-managing).`
        : `${action.key} ${v.versionId} has no retention now.`,
      ...(inForce && weaker
        ? ['The governance retention was changed with the bypass permission.']
        : []),
    ],
    { ...s3, objects: replaceObject(s3.objects, index, next) },
  );
}

function earlyCharges(before: readonly S3Object[], events: readonly S3LifecycleEvent[]): number {
  const keys = new Set(events.map((e) => e.key));
  const versions = new Map<string, { size: number; storageClass: string; since: string }>();
  for (const object of before) {
    if (!keys.has(object.key)) continue;
    for (const v of object.versions) {
      if (!v.isDeleteMarker)
        versions.set(`${object.key}\u0000${v.versionId}`, {
          size: object.size,
          storageClass: v.storageClass,
          since: v.storageClassSince ?? v.createdAt,
        });
    }
  }
  let total = 0;
  for (const event of events) {
    if (event.action !== 'delete' && event.action !== 'expire' && event.action !== 'transition')
      continue;
    const id = `${event.key}\u0000${event.versionId}`;
    const v = versions.get(id);
    if (!v) continue;
    total += earlyDeletionCost({
      service: 's3',
      sizeBytes: v.size,
      storageClass: v.storageClass,
      storedSince: v.since,
      removedAt: event.at,
    });
    if (event.action === 'transition' && event.storageClass)
      versions.set(id, { ...v, storageClass: event.storageClass, since: event.at });
    else versions.delete(id);
  }
  return total;
}

function advanceS3(s: LifecycleScenario, days: number): SimulationStep {
  const s3 = s.s3;
  const end = addDays(s3.now, days);
  const parsed = parseS3ConfigurationText(s3.configurationText);
  const costBefore = s3MonthlyStorageCost(s3.objects).monthly;
  if (!parsed.value) {
    return {
      scenario: withS3(s, { ...s3, now: end }),
      summary: `+${plural(days, 'day')} → ${toDay(Date.parse(end))}: ${parsed.problem ? 'configuration invalid, ' : ''}nothing happened`,
      trace: [
        parsed.problem
          ? `The lifecycle configuration is invalid (${located(parsed.problem)}), so the bucket has no lifecycle rules to run.`
          : 'No lifecycle configuration: nothing transitions or expires.',
        `Storage: ${usd(costBefore)} a month.`,
      ],
    };
  }
  const configuration: S3LifecycleConfiguration = parsed.value;
  const result = applyS3Lifecycle({
    bucket: s3.bucket,
    configuration,
    objects: s3.objects,
    now: end,
    since: s3.now,
  });
  const early = earlyCharges(s3.objects, result.events);
  const costAfter = s3MonthlyStorageCost(result.objects).monthly;
  const count = (a: S3LifecycleEvent['action']) =>
    result.events.filter((e) => e.action === a).length;
  const parts = [
    [count('transition'), 'transitioned'],
    [count('delete-marker'), 'delete markers'],
    [count('expire') + count('delete'), 'deleted'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`);
  return {
    scenario: withS3(s, {
      ...s3,
      now: end,
      objects: result.objects,
      timeline: capTimeline([...s3.timeline, ...result.events]),
      earlyDeletionUsd: s3.earlyDeletionUsd + early,
    }),
    summary: `+${plural(days, 'day')} → ${toDay(Date.parse(end))}: ${parts.length ? parts.join(', ') : 'nothing happened'}`,
    trace: capTrace([
      ...result.trace,
      `Storage ${usd(costBefore)} → ${usd(costAfter)} a month.${early > 0 ? ` Early-deletion charges: ${usd(early)} (a version left its class before the minimum storage duration).` : ''}`,
    ]),
  };
}
