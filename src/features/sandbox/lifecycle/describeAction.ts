import type { EcrLifecyclePolicy, EcrLifecycleRule } from '../../../domain/lifecycle/ecr-types';
import type { S3LifecycleConfiguration, S3LifecycleRule } from '../../../domain/lifecycle/s3-types';
import type { LifecycleAction } from '../../../domain/lifecycle/scenario';
import {
  parseEcrPolicyText,
  parseS3ConfigurationText,
  type Parsed,
} from '../../../domain/lifecycle/policy-texts';
import { plural } from '../../../domain/words';
import { formatBytes } from './format';

function ecrRule(rule: EcrLifecycleRule): string {
  const sel = rule.selection;
  const which =
    sel.tagStatus === 'tagged'
      ? sel.tagPrefixList
        ? `tags starting ${sel.tagPrefixList.join(' and ')}`
        : `tags matching ${(sel.tagPatternList ?? []).join(' and ')}`
      : sel.tagStatus === 'untagged'
        ? 'untagged images'
        : 'any image';
  const count =
    sel.countType === 'imageCountMoreThan'
      ? `beyond the newest ${sel.countNumber}`
      : sel.countType === 'sinceImagePushed'
        ? `pushed over ${plural(sel.countNumber, 'day')} ago`
        : sel.countType === 'sinceImagePulled'
          ? `not pulled for ${plural(sel.countNumber, 'day')}`
          : `archived over ${plural(sel.countNumber, 'day')} ago`;
  return `rule ${rule.rulePriority}: ${which}, ${count} → ${rule.action.type === 'expire' ? 'expire' : 'archive'}`;
}

export function describeEcrPolicy(policy: EcrLifecyclePolicy): string {
  return [...policy.rules]
    .sort((a, b) => a.rulePriority - b.rulePriority)
    .map(ecrRule)
    .join('; ');
}

function s3Rule(rule: S3LifecycleRule): string {
  const prefix = rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix ?? rule.Prefix;
  const parts: string[] = [];
  for (const t of rule.Transitions ?? [])
    parts.push(`to ${t.StorageClass} after ${t.Days ?? t.Date} days`);
  if (rule.Expiration?.Days !== undefined) parts.push(`expire after ${rule.Expiration.Days} days`);
  if (rule.Expiration?.ExpiredObjectDeleteMarker) parts.push('remove expired delete markers');
  for (const t of rule.NoncurrentVersionTransitions ?? [])
    parts.push(`noncurrent to ${t.StorageClass} after ${t.NoncurrentDays} days`);
  if (rule.NoncurrentVersionExpiration) {
    const n = rule.NoncurrentVersionExpiration;
    parts.push(
      `noncurrent versions deleted after ${n.NoncurrentDays} days${n.NewerNoncurrentVersions ? ` (keeping the newest ${n.NewerNoncurrentVersions})` : ''}`,
    );
  }
  return `${rule.ID ?? 'rule'}${rule.Status === 'Disabled' ? ' (disabled)' : ''} on ${prefix ? `${prefix}*` : 'all objects'}: ${parts.join(', ') || 'no actions'}`;
}

export function describeS3Configuration(configuration: S3LifecycleConfiguration): string {
  return configuration.Rules.map(s3Rule).join('; ');
}

/** An edit of a policy's text in words: emptied, set to a valid policy, or left invalid. */
function describeEdit<T>(
  text: string,
  thing: string,
  parse: (text: string) => Parsed<T>,
  describe: (value: T) => string,
): string {
  if (text.trim() === '') return `Remove the ${thing}`;
  const parsed = parse(text);
  return parsed.value
    ? `Set the ${thing} — ${describe(parsed.value)}`
    : `Edit the ${thing} (invalid)`;
}

/** An action in words, as shown in a challenge's solution and the event log. */
export function describeLifecycleAction(a: LifecycleAction): string {
  switch (a.type) {
    case 'ecr.policy.edit':
      return describeEdit(a.text, 'ECR lifecycle policy', parseEcrPolicyText, describeEcrPolicy);
    case 'ecr.image.add':
      return `Push an image tagged ${a.tags.join(', ') || '(untagged)'} ${plural(a.pushedDaysAgo, 'day')} ago`;
    case 'ecr.image.remove':
      return `Delete image ${a.digest.slice(7, 19)}`;
    case 'ecr.image.pull':
      return `Pull image ${a.digest.slice(7, 19)}`;
    case 'ecr.image.restore':
      return `Restore image ${a.digest.slice(7, 19)} from archive`;
    case 'ecr.images.generate':
      return `Push ${a.tags.map((t) => (t ? `${t}*` : 'untagged')).join(', ')} every ${plural(a.everyDays, 'day')} for ${a.days} days`;
    case 'ecr.clock.advance':
      return `Advance the ECR clock by ${plural(a.days, 'day')}`;
    case 's3.configuration.edit':
      return describeEdit(
        a.text,
        'S3 lifecycle configuration',
        parseS3ConfigurationText,
        describeS3Configuration,
      );
    case 's3.versioning.set':
      return `Set bucket versioning to ${a.versioning}`;
    case 's3.objectLock.enable':
      return 'Enable Object Lock on the bucket';
    case 's3.object.put':
      return `Put ${a.key} (${formatBytes(a.size)}${a.storageClass ? `, ${a.storageClass}` : ''}${a.lock ? `, ${a.lock.mode} for ${a.lock.retainDays} days` : ''}${a.legalHold ? ', legal hold' : ''})`;
    case 's3.object.delete':
      return `Delete ${a.key}${a.versionId ? ` version ${a.versionId}` : ' (no version id)'}${a.bypassGovernance ? ' with the governance bypass' : ''}`;
    case 's3.retention.set':
      return `Set retention on ${a.key} ${a.versionId}: ${a.mode ? `${a.mode} for ${a.retainDays} days` : 'none'}${a.bypassGovernance ? ' with the governance bypass' : ''}`;
    case 's3.legalHold.set':
      return `Legal hold ${a.on ? 'on' : 'off'} for ${a.key} ${a.versionId}`;
    case 's3.objects.generate':
      return a.overwrite
        ? `Write ${a.prefix}${a.name} ${a.count} times, every ${plural(a.everyDays, 'day')}`
        : `Write ${plural(a.count, 'object')} under ${a.prefix || '/'}, every ${plural(a.everyDays, 'day')}`;
    case 's3.clock.advance':
      return `Advance the S3 clock by ${plural(a.days, 'day')}`;
  }
}
