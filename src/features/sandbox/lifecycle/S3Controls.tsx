import { NumberRow } from './fields';
import { useState } from 'react';
import { LIMITS, type LifecycleAction, type S3State } from '../../../domain/lifecycle/scenario';
import { formatUsd, MB } from './format';

interface Props {
  s3: S3State;
  apply: (action: LifecycleAction) => void;
}

const CLASSES = [
  'STANDARD',
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
] as const;
type LockChoice = '' | 'GOVERNANCE' | 'COMPLIANCE';

const int = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** Versioning, Object Lock and the charges so far. */
export function BucketSettings({ s3, apply }: Props) {
  const { bucket } = s3;
  return (
    <section className="card" aria-labelledby="s3-bucket-heading">
      <h2 id="s3-bucket-heading">Bucket {bucket.name}</h2>
      <div className="form-row">
        <label htmlFor="s3-versioning">Versioning</label>
        <select
          id="s3-versioning"
          value={bucket.versioning}
          onChange={(e) =>
            apply({
              type: 's3.versioning.set',
              versioning: e.target.value as S3State['bucket']['versioning'],
            })
          }
        >
          <option value="Disabled">Disabled (never enabled)</option>
          <option value="Enabled">Enabled</option>
          <option value="Suspended">Suspended</option>
        </select>
      </div>
      <p>
        Object Lock: <strong>{bucket.objectLock ? 'enabled' : 'off'}</strong>{' '}
        {!bucket.objectLock && (
          <button
            type="button"
            className="button button-small"
            onClick={() => apply({ type: 's3.objectLock.enable' })}
          >
            Enable Object Lock
          </button>
        )}
      </p>
      <p className="muted lc-note">
        Early-deletion charges so far: {formatUsd(s3.earlyDeletionUsd)}.
      </p>
    </section>
  );
}

/** Requests on one object version: delete, retention, legal hold. */
export function VersionActions({ s3, apply }: Props) {
  const keys = s3.objects.map((o) => o.key);
  const [key, setKey] = useState(keys[0] ?? '');
  const target = keys.includes(key) ? key : (keys[0] ?? '');
  const object = s3.objects.find((o) => o.key === target);
  const versions = object ? [...object.versions].reverse() : [];
  const [versionId, setVersionId] = useState('');
  const version = versions.some((v) => v.versionId === versionId) ? versionId : '';
  const [bypass, setBypass] = useState(false);
  const [mode, setMode] = useState<LockChoice>('GOVERNANCE');
  const [days, setDays] = useState('30');
  const daysN = int(days, 1, 36500);
  const last = s3.lastRequest;
  if (!object) return null;
  return (
    <section className="card" aria-labelledby="s3-version-heading">
      <h2 id="s3-version-heading">Requests on a version</h2>
      <div className="form-grid">
        <div className="form-row lc-wide">
          <label htmlFor="s3-op-key">Object</label>
          <select id="s3-op-key" value={target} onChange={(e) => setKey(e.target.value)}>
            {keys.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </div>
        <div className="form-row lc-wide">
          <label htmlFor="s3-op-version">Version</label>
          <select id="s3-op-version" value={version} onChange={(e) => setVersionId(e.target.value)}>
            <option value="">(no version id)</option>
            {versions.map((v) => (
              <option key={v.versionId} value={v.versionId}>
                {v.versionId}
                {v.isDeleteMarker ? ' (delete marker)' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="choice">
        <input type="checkbox" checked={bypass} onChange={(e) => setBypass(e.target.checked)} />
        <span>Bypass governance retention (s3:BypassGovernanceRetention)</span>
      </label>
      <button
        type="button"
        className="button"
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
      </button>
      {s3.bucket.objectLock && version && (
        <>
          <div className="form-grid lc-gap-top">
            <RetentionModeRow id="s3-op-mode" value={mode} onChange={setMode} />
            <NumberRow
              id="s3-op-days"
              label="Retain for (days from now)"
              value={days}
              onChange={setDays}
              min={1}
            />
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button button-small"
              disabled={mode !== '' && daysN === null}
              onClick={() =>
                apply({
                  type: 's3.retention.set',
                  key: target,
                  versionId: version,
                  mode: mode || null,
                  retainDays: mode ? daysN : null,
                  bypassGovernance: bypass,
                })
              }
            >
              Set retention
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                apply({ type: 's3.legalHold.set', key: target, versionId: version, on: true })
              }
            >
              Legal hold on
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                apply({ type: 's3.legalHold.set', key: target, versionId: version, on: false })
              }
            >
              Legal hold off
            </button>
          </div>
        </>
      )}
      {last && (
        <p className={last.status >= 400 ? 'verdict-wrong' : 'verdict-correct'}>
          Last request: {last.operation} {last.key}
          {last.versionId ? ` ${last.versionId}` : ''} → {last.status} {last.message}
        </p>
      )}
    </section>
  );
}

/** Put one object (a new version when versioned). */
export function PutObjectForm({ s3, apply }: Props) {
  const [key, setKey] = useState('builds/manual.zip');
  const [size, setSize] = useState('200');
  const [storageClass, setStorageClass] = useState<(typeof CLASSES)[number]>('STANDARD');
  const [mode, setMode] = useState<LockChoice>('');
  const [days, setDays] = useState('30');
  const [hold, setHold] = useState(false);
  const sizeN = Number(size);
  const daysN = int(days, 1, 36500);
  const ready =
    key.trim() !== '' && Number.isFinite(sizeN) && sizeN >= 0 && (mode === '' || daysN !== null);
  return (
    <section className="card" aria-labelledby="s3-put-heading">
      <h2 id="s3-put-heading">Put an object</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          apply({
            type: 's3.object.put',
            key: key.trim(),
            size: Math.round(sizeN * MB),
            storageClass,
            ...(mode ? { lock: { mode, retainDays: daysN! } } : {}),
            ...(hold ? { legalHold: true } : {}),
          });
        }}
      >
        <div className="form-grid">
          <div className="form-row lc-wide">
            <label htmlFor="s3-put-key">Key</label>
            <input
              id="s3-put-key"
              type="text"
              value={key}
              onChange={(e) => setKey(e.target.value)}
            />
          </div>
          <NumberRow
            id="s3-put-size"
            label="Size (MB)"
            value={size}
            onChange={setSize}
            min={0}
            step="any"
          />
          <div className="form-row">
            <label htmlFor="s3-put-class">Storage class</label>
            <select
              id="s3-put-class"
              value={storageClass}
              onChange={(e) => setStorageClass(e.target.value as (typeof CLASSES)[number])}
            >
              {CLASSES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </div>
          {s3.bucket.objectLock && (
            <RetentionFields
              idPrefix="s3-put"
              mode={mode}
              onMode={setMode}
              days={days}
              onDays={setDays}
            />
          )}
        </div>
        {s3.bucket.objectLock && (
          <label className="choice">
            <input type="checkbox" checked={hold} onChange={(e) => setHold(e.target.checked)} />
            <span>Legal hold</span>
          </label>
        )}
        <button type="submit" className="button" disabled={!ready}>
          Put object
        </button>
      </form>
    </section>
  );
}

/** Build artifacts written over time: many keys, or one key overwritten. */
export function GenerateObjectsForm({ s3, apply }: Props) {
  const [prefix, setPrefix] = useState('builds/');
  const [name, setName] = useState('app.zip');
  const [count, setCount] = useState('30');
  const [every, setEvery] = useState('1');
  const [size, setSize] = useState('200');
  const [overwrite, setOverwrite] = useState(false);
  const [mode, setMode] = useState<LockChoice>('');
  const [days, setDays] = useState('30');
  const countN = int(count, 1, LIMITS.versionsPerObject);
  const everyN = int(every, 1, LIMITS.generateDays);
  const daysN = int(days, 1, 36500);
  const sizeN = Number(size);
  const ready =
    name.trim() !== '' &&
    countN !== null &&
    everyN !== null &&
    Number.isFinite(sizeN) &&
    sizeN >= 0 &&
    (mode === '' || daysN !== null);
  return (
    <section className="card" aria-labelledby="s3-generate-heading">
      <h2 id="s3-generate-heading">Generate build artifacts</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready)
            apply({
              type: 's3.objects.generate',
              prefix,
              name: name.trim(),
              count: countN!,
              everyDays: everyN!,
              size: Math.round(sizeN * MB),
              overwrite,
              lock: mode ? { mode, retainDays: daysN! } : null,
            });
        }}
      >
        <div className="form-grid">
          <div className="form-row">
            <label htmlFor="s3-gen-prefix">Prefix</label>
            <input
              id="s3-gen-prefix"
              type="text"
              value={prefix}
              onChange={(e) => setPrefix(e.target.value)}
            />
          </div>
          <div className="form-row">
            <label htmlFor="s3-gen-name">Name</label>
            <input
              id="s3-gen-name"
              type="text"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <NumberRow id="s3-gen-count" label="How many" value={count} onChange={setCount} min={1} />
          <NumberRow
            id="s3-gen-every"
            label="Every (days)"
            value={every}
            onChange={setEvery}
            min={1}
          />
          <NumberRow
            id="s3-gen-size"
            label="Size (MB)"
            value={size}
            onChange={setSize}
            min={0}
            step="any"
          />
          {s3.bucket.objectLock && (
            <RetentionFields
              idPrefix="s3-gen"
              mode={mode}
              onMode={setMode}
              days={days}
              onDays={setDays}
            />
          )}
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={overwrite}
            onChange={(e) => setOverwrite(e.target.checked)}
          />
          <span>One key overwritten each time (versions), instead of a new key each time</span>
        </label>
        <button type="submit" className="button" disabled={!ready}>
          Generate
        </button>
      </form>
    </section>
  );
}

interface RetentionFieldsProps {
  idPrefix: string;
  mode: LockChoice;
  onMode: (mode: LockChoice) => void;
  days: string;
  onDays: (days: string) => void;
}

/** Retention mode and period for versions written with Object Lock. */
function RetentionFields({ idPrefix, mode, onMode, days, onDays }: RetentionFieldsProps) {
  return (
    <>
      <RetentionModeRow id={`${idPrefix}-mode`} value={mode} onChange={onMode} />
      <NumberRow
        id={`${idPrefix}-days`}
        label="Retain for (days)"
        value={days}
        onChange={onDays}
        min={1}
      />
    </>
  );
}

/** Object Lock retention mode for a new or existing version; '' = no retention. */
function RetentionModeRow({
  id,
  value,
  onChange,
}: {
  id: string;
  value: LockChoice;
  onChange: (mode: LockChoice) => void;
}) {
  return (
    <div className="form-row">
      <label htmlFor={id}>Retention mode</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as LockChoice)}>
        <option value="">none</option>
        <option>GOVERNANCE</option>
        <option>COMPLIANCE</option>
      </select>
    </div>
  );
}
