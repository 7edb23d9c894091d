// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SimulatedClock, createActor } from 'xstate';
import { ecrImageTimeline, s3VersionTimeline } from '../../../src/domain/lifecycle/timeline';
import type { S3Object } from '../../../src/domain/lifecycle/s3-types';
import { parseEcrLifecyclePolicy } from '../../../src/domain/lifecycle/ecr';
import { artifactLifecycleMachine } from '../../../src/machines/process/artifactLifecycle';
import { recordRun } from '../../../src/machines/process/record';

const DAY = 86_400_000;
const expireAfter30 = JSON.stringify({
  Rules: [{ ID: 'expire-30', Status: 'Enabled', Filter: {}, Expiration: { Days: 30 } }],
});
const object = (versions: S3Object['versions']): S3Object => ({
  key: 'builds/app.zip',
  size: 5_000_000,
  tags: {},
  versions,
});
const v1 = {
  versionId: 'v1',
  createdAt: '2026-01-01T10:00:00Z',
  storageClass: 'STANDARD',
  isDeleteMarker: false,
};

describe('artifactLifecycle on the simulated clock', () => {
  // Objects expire on the first midnight UTC after creation + N days (lifecycle-expire-general-considerations)
  it('expires a 30-day object on day 31, not 30', () => {
    const timeline = s3VersionTimeline({
      bucket: { versioning: 'Disabled', objectLock: false },
      configuration: expireAfter30,
      objects: [object([v1])],
      key: 'builds/app.zip',
      versionId: 'v1',
      horizonDays: 60,
    });
    const clock = new SimulatedClock();
    const actor = createActor(artifactLifecycleMachine(), {
      input: { label: 'app.zip v1', timeline },
      clock,
    }).start();
    expect(actor.getSnapshot().value).toBe('current');
    clock.increment(30 * DAY);
    expect(actor.getSnapshot().value).toBe('current');
    clock.increment(1 * DAY);
    expect(actor.getSnapshot().value).toBe('expired');
    expect(timeline.at(-1)!.at).toBe('2026-02-01T00:00:00Z');
  });

  it('in a versioned bucket the current version becomes noncurrent under a delete marker, then goes', () => {
    const config = JSON.stringify({
      Rules: [
        {
          ID: 'tidy',
          Status: 'Enabled',
          Filter: {},
          Expiration: { Days: 30 },
          NoncurrentVersionExpiration: { NoncurrentDays: 7 },
        },
      ],
    });
    const timeline = s3VersionTimeline({
      bucket: { versioning: 'Enabled', objectLock: false },
      configuration: config,
      objects: [object([v1])],
      key: 'builds/app.zip',
      versionId: 'v1',
      horizonDays: 90,
    });
    const run = recordRun(artifactLifecycleMachine(), { label: 'v1', timeline }, 90 * DAY);
    expect(run.actors[0]!.frames.map((f) => f.state[0])).toEqual([
      'current',
      'noncurrent',
      'expired',
    ]);
  });

  it('Object Lock holds a version lifecycle would delete, until its retention ends', () => {
    const locked = {
      ...v1,
      lock: { mode: 'COMPLIANCE' as const, retainUntil: '2026-03-15T00:00:00Z' },
    };
    const timeline = s3VersionTimeline({
      bucket: { versioning: 'Enabled', objectLock: true },
      configuration: JSON.stringify({
        Rules: [
          {
            ID: 'old',
            Status: 'Enabled',
            Filter: {},
            NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          },
        ],
      }),
      objects: [
        object([
          locked,
          {
            versionId: 'v2',
            createdAt: '2026-01-10T00:00:00Z',
            storageClass: 'STANDARD',
            isDeleteMarker: false,
          },
        ]),
      ],
      key: 'builds/app.zip',
      versionId: 'v1',
      horizonDays: 120,
    });
    expect(timeline.map((s) => s.kind)).toEqual(['current', 'noncurrent', 'held', 'expired']);
    expect(Date.parse(timeline.at(-1)!.at)).toBeGreaterThanOrEqual(
      Date.parse('2026-03-15T00:00:00Z'),
    );
  });

  it('an ECR image past its sinceImagePushed count expires on a daily evaluation', () => {
    const policy = parseEcrLifecyclePolicy(
      JSON.stringify({
        rules: [
          {
            rulePriority: 1,
            selection: {
              tagStatus: 'untagged',
              countType: 'sinceImagePushed',
              countUnit: 'days',
              countNumber: 14,
            },
            action: { type: 'expire' },
          },
        ],
      }),
    );
    const images = [{ digest: 'sha256:aa', tags: [], pushedAt: '2026-01-01T00:00:00Z' }];
    const timeline = ecrImageTimeline({ policy, images, digest: 'sha256:aa', horizonDays: 30 });
    expect(timeline.map((s) => s.kind)).toEqual(['current', 'expired']);
    const run = recordRun(artifactLifecycleMachine(), { label: 'image', timeline }, 13 * DAY);
    expect(run.actors[0]!.frames.map((f) => f.state[0])).toEqual(['current']);
  });
});
