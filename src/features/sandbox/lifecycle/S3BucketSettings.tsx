import { SelectRow } from '../../../components/form';
import type { LifecycleAction, S3State } from '../../../domain/lifecycle/scenario';
import { formatUsd } from './format';
import { Card } from '../../../components/Card';
import { Button } from '../../../components/Button';

type Versioning = S3State['bucket']['versioning'];

const VERSIONING = [
  { value: 'Disabled', label: 'Disabled (never enabled)' },
  'Enabled',
  'Suspended',
] as const;

/** Versioning, Object Lock and the charges so far. */
export function BucketSettings({
  s3,
  apply,
}: {
  s3: S3State;
  apply: (action: LifecycleAction) => void;
}) {
  const { bucket } = s3;
  return (
    <Card id="s3-bucket-heading" title={<>Bucket {bucket.name}</>}>
      <SelectRow<Versioning>
        id="s3-versioning"
        label="Versioning"
        value={bucket.versioning}
        onChange={(versioning) => apply({ type: 's3.versioning.set', versioning })}
        options={VERSIONING}
      />
      <p>
        Object Lock: <strong>{bucket.objectLock ? 'enabled' : 'off'}</strong>{' '}
        {!bucket.objectLock && (
          <Button small onClick={() => apply({ type: 's3.objectLock.enable' })}>
            Enable Object Lock
          </Button>
        )}
      </p>
      <p className="muted lc-note">
        Early-deletion charges so far: {formatUsd(s3.earlyDeletionUsd)}.
      </p>
    </Card>
  );
}
