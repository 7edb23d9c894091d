import { useState } from 'react';
import { CheckboxRow, SelectRow, useChoice } from '../../../components/form';
import type { LifecycleAction, S3State } from '../../../domain/lifecycle/scenario';
import { RetentionFields, useRetention } from './RetentionFields';
import { Card } from '../../../components/Card';
import { Button } from '../../../components/Button';

/** Requests on one object version: delete, retention, legal hold. */
export function VersionActions({
  s3,
  apply,
}: {
  s3: S3State;
  apply: (action: LifecycleAction) => void;
}) {
  const keys = s3.objects.map((o) => o.key);
  const [target, setKey] = useChoice(keys);
  const object = s3.objects.find((o) => o.key === target);
  const versions = object ? [...object.versions].reverse() : [];
  const [versionId, setVersionId] = useState('');
  const version = versions.some((v) => v.versionId === versionId) ? versionId : '';
  const [bypass, setBypass] = useState(false);
  const retention = useRetention('GOVERNANCE');
  const last = s3.lastRequest;
  if (!object) return null;
  return (
    <Card id="s3-version-heading" title="Requests on a version">
      <div className="form-grid">
        <SelectRow
          id="s3-op-key"
          label="Object"
          value={target}
          onChange={setKey}
          options={keys}
          wide
        />
        <SelectRow
          id="s3-op-version"
          label="Version"
          value={version}
          onChange={setVersionId}
          options={[
            { value: '', label: '(no version id)' },
            ...versions.map((v) => ({
              value: v.versionId,
              label: `${v.versionId}${v.isDeleteMarker ? ' (delete marker)' : ''}`,
            })),
          ]}
          wide
        />
      </div>
      <CheckboxRow
        label="Bypass governance retention (s3:BypassGovernanceRetention)"
        checked={bypass}
        onChange={setBypass}
      />
      <Button
        onClick={() =>
          apply({
            type: 's3.object.delete',
            key: target,
            versionId: version || null,
            bypassGovernance: bypass,
          })
        }
      >
        Delete {version ? `version ${version}` : 'object (adds a delete marker when versioned)'}
      </Button>
      {s3.bucket.objectLock && version && (
        <>
          <div className="form-grid lc-gap-top">
            <RetentionFields
              idPrefix="s3-op"
              retention={retention}
              daysLabel="Retain for (days from now)"
            />
          </div>
          <div className="button-row">
            <Button
              small
              disabled={!retention.valid}
              onClick={() =>
                apply({
                  type: 's3.retention.set',
                  key: target,
                  versionId: version,
                  mode: retention.mode || null,
                  retainDays: retention.mode ? retention.retainDays : null,
                  bypassGovernance: bypass,
                })
              }
            >
              Set retention
            </Button>
            {[true, false].map((on) => (
              <Button
                key={String(on)}
                small
                onClick={() =>
                  apply({ type: 's3.legalHold.set', key: target, versionId: version, on })
                }
              >
                Legal hold {on ? 'on' : 'off'}
              </Button>
            ))}
          </div>
        </>
      )}
      {last && (
        <p className={last.status >= 400 ? 'verdict-wrong' : 'verdict-correct'}>
          Last request: {last.operation} {last.key}
          {last.versionId ? ` ${last.versionId}` : ''} → {last.status} {last.message}
        </p>
      )}
    </Card>
  );
}
