/**
 * The lifecycle simulator's S3 side: the bucket's settings and lifecycle configuration, object
 * requests (s3-object-requests.ts), generated histories, and the clock running lifecycle day by
 * day. Doc pages as in simulation.ts.
 */
import { s3LifecycleProcesses } from './processes';
import { located } from '../errors';
import { plural } from '../words';
import { addDays, generateS3Objects } from './generate';
import { s3EarlyDeletionCharges, s3MonthlyStorageCost } from './pricing';
import { parseS3ConfigurationText } from './policy-texts';
import { applyS3Lifecycle, type S3LifecycleConfiguration, type S3LifecycleEvent } from './s3';
import { LIMITS, type LifecycleAction, type LifecycleScenario } from './scenario';
import {
  advanceSummary,
  capTimeline,
  capTrace,
  refuse,
  usd,
  withS3,
  type SimulationStep,
} from './simulation-step';
import { deleteObject, putObject, setLegalHold, setRetention } from './s3-object-requests';

export function applyS3(s: LifecycleScenario, action: LifecycleAction): SimulationStep {
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
    case 's3.legalHold.set':
      return setLegalHold(s, action);
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

function advanceS3(s: LifecycleScenario, days: number): SimulationStep {
  const s3 = s.s3;
  const end = addDays(s3.now, days);
  const parsed = parseS3ConfigurationText(s3.configurationText);
  const costBefore = s3MonthlyStorageCost(s3.objects).monthly;
  if (!parsed.value) {
    return {
      scenario: withS3(s, { ...s3, now: end }),
      summary: advanceSummary(
        days,
        end,
        `${parsed.problem ? 'configuration invalid, ' : ''}nothing happened`,
      ),
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
  const early = s3EarlyDeletionCharges(s3.objects, result.events);
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
    processes: s3LifecycleProcesses(s3.objects, s3.timeline, result.events, end),
    summary: advanceSummary(days, end, parts.length ? parts.join(', ') : 'nothing happened'),
    trace: capTrace([
      ...result.trace,
      `Storage ${usd(costBefore)} → ${usd(costAfter)} a month.${early > 0 ? ` Early-deletion charges: ${usd(early)} (a version left its class before the minimum storage duration).` : ''}`,
    ]),
  };
}
