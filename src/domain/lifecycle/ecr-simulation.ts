/**
 * The lifecycle simulator's ECR side: edit the policy, push, pull, restore and delete images,
 * generate a history, and let the clock run the policy day by day. Doc pages as in simulation.ts.
 */
import { ecrLifecycleProcesses } from './processes';
import { located } from '../errors';
import { plural } from '../words';
import { DAY_MS, toDay } from './dates';
import { previewEcrLifecycle, type EcrImage, type EcrLifecyclePolicy } from './ecr';
import { runEcrLifecycleDays } from './ecr-days';
import { addDays, generateEcrImages, makeDigest, withTagsMoved } from './generate';
import { ecrMonthlyStorageCost } from './pricing';
import { parseEcrPolicyText } from './policy-texts';
import { LIMITS, type LifecycleAction, type LifecycleScenario } from './scenario';
import {
  advanceSummary,
  capTimeline,
  capTrace,
  refuse,
  shortDigest,
  usd,
  withEcr,
  type SimulationStep,
} from './simulation-step';

const describeImage = (image: { digest: string; tags: readonly string[] }) =>
  `${shortDigest(image.digest)} (${image.tags.length ? image.tags.join(', ') : 'untagged'})`;

export function applyEcr(s: LifecycleScenario, action: LifecycleAction): SimulationStep {
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
      if (!image) return noSuchImage(s, action.digest);
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
      if (!image) return noSuchImage(s, action.digest);
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
      if (!image) return noSuchImage(s, action.digest);
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

function noSuchImage(s: LifecycleScenario, digest: string): SimulationStep {
  return refuse(
    s,
    'No such image',
    `There is no image ${shortDigest(digest)} in ${s.ecr.repository}.`,
  );
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
      summary: advanceSummary(
        days,
        end,
        `${parsed.problem ? 'policy invalid, ' : ''}nothing expired`,
      ),
      trace: [
        parsed.problem
          ? `The lifecycle policy text is invalid (${located(parsed.problem)}), so ECR has no policy to run: nothing expires.`
          : 'No lifecycle policy: nothing expires, and storage keeps costing (LifecyclePolicies).',
        `Storage: ${usd(costBefore)} a month for ${plural(ecr.images.length, 'image')}.`,
      ],
    };
  }
  const policy: EcrLifecyclePolicy = parsed.value;
  const trace: string[] = [];
  const start = Date.parse(ecr.now);
  const {
    images,
    acted: timeline,
    last,
  } = runEcrLifecycleDays(policy, ecr.images, ecr.now, days, (at, result, byDigest) => {
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
  });
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
    processes: ecrLifecycleProcesses(ecr.images, ecr.timeline, timeline, end),
    summary: advanceSummary(
      days,
      end,
      `${expiredCount} expired${byRule.size ? ` (${[...byRule].map(([p, n]) => `rule ${p}: ${n}`).join(', ')})` : ''}${archivedCount ? `, ${archivedCount} archived` : ''}`,
    ),
    trace: capTrace(trace),
  };
}
