/**
 * The lifecycle simulator's S3 object requests: PutObject, DeleteObject, PutObjectRetention and
 * PutObjectLegalHold, answered as S3 would, with Object Lock. Doc pages as in simulation.ts.
 */
import { addDays } from './generate';
import { isVersionLocked, type S3Object, type S3ObjectVersion } from './s3';
import { LIMITS, type LifecycleAction, type LifecycleScenario } from './scenario';
import { refuse, usd, withS3, type SimulationStep } from './simulation-step';
import {
  answerer,
  earlyCharge,
  findObject,
  hasLegalHold,
  lockText,
  nextVersionId,
  replaceObject,
  request,
  retentionInForce,
} from './s3-bucket';

type PutAction = Extract<LifecycleAction, { type: 's3.object.put' }>;
type DeleteAction = Extract<LifecycleAction, { type: 's3.object.delete' }>;
type RetentionAction = Extract<LifecycleAction, { type: 's3.retention.set' }>;
type LegalHoldAction = Extract<LifecycleAction, { type: 's3.legalHold.set' }>;

export function putObject(s: LifecycleScenario, action: PutAction): SimulationStep {
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

export function deleteObject(s: LifecycleScenario, action: DeleteAction): SimulationStep {
  const s3 = s.s3;
  const { index, object } = findObject(s3, action.key);
  const label = `Delete ${action.key}${action.versionId ? ` ${action.versionId}` : ''}${action.bypassGovernance ? ' (bypass governance)' : ''}`;
  const answer = answerer(s, label, {
    operation: 'DeleteObject',
    key: action.key,
    versionId: action.versionId,
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

export function setRetention(s: LifecycleScenario, action: RetentionAction): SimulationStep {
  const s3 = s.s3;
  const { index, object } = findObject(s3, action.key);
  const label = `Retention on ${action.key} ${action.versionId}`;
  const answer = answerer(s, label, {
    operation: 'PutObjectRetention',
    key: action.key,
    versionId: action.versionId,
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

export function setLegalHold(s: LifecycleScenario, action: LegalHoldAction): SimulationStep {
  const s3 = s.s3;
  const { index, object } = findObject(s3, action.key);
  const v = object?.versions.find((x) => x.versionId === action.versionId);
  const base = {
    operation: 'PutObjectLegalHold' as const,
    key: action.key,
    versionId: action.versionId,
  };
  const answer = answerer(s, `Legal hold on ${action.key} ${action.versionId}`, base);
  if (!object || !v)
    return answer(404, 'NoSuchVersion', [
      `There is no version ${action.versionId} of ${action.key}.`,
    ]);
  if (!s3.bucket.objectLock || v.isDeleteMarker) {
    const why = v.isDeleteMarker
      ? 'A delete marker holds no data and cannot be locked.'
      : 'Object Lock is not enabled on this bucket (InvalidRequest).';
    return answer(400, why, [why]);
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
