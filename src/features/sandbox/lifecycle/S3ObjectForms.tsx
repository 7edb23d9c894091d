import { useState } from 'react';
import {
  CheckboxRow,
  NumberRow,
  SelectRow,
  TextRow,
  wholeIn,
  FormCard,
} from '../../../components/form';
import { S3_STORAGE_CLASSES, type S3StorageClass } from '../../../domain/lifecycle/s3-types';
import { LIMITS, type LifecycleAction, type S3State } from '../../../domain/lifecycle/scenario';
import { RetentionFields, useRetention } from './RetentionFields';
import { bytesOfMb, SizeRow } from './SizeRow';

interface Props {
  s3: S3State;
  apply: (action: LifecycleAction) => void;
}

/** Put one object (a new version when versioned). */
export function PutObjectForm({ s3, apply }: Props) {
  const [key, setKey] = useState('builds/manual.zip');
  const [size, setSize] = useState<number | undefined>(200);
  const [storageClass, setStorageClass] = useState<S3StorageClass>('STANDARD');
  const retention = useRetention('');
  const [hold, setHold] = useState(false);
  const bytes = bytesOfMb(size);
  const ready = key.trim() !== '' && bytes !== null && retention.valid;
  return (
    <FormCard
      id="s3-put-heading"
      title="Put an object"
      onSubmit={
        ready
          ? () =>
              apply({
                type: 's3.object.put',
                key: key.trim(),
                size: bytes,
                storageClass,
                ...(retention.lock ? { lock: retention.lock } : {}),
                ...(hold ? { legalHold: true } : {}),
              })
          : null
      }
    >
      <div className="form-grid">
        <TextRow id="s3-put-key" label="Key" value={key} onChange={setKey} wide />
        <SizeRow id="s3-put-size" value={size} onChange={setSize} />
        <SelectRow
          id="s3-put-class"
          label="Storage class"
          value={storageClass}
          onChange={setStorageClass}
          options={S3_STORAGE_CLASSES}
        />
        {s3.bucket.objectLock && <RetentionFields idPrefix="s3-put" retention={retention} />}
      </div>
      {s3.bucket.objectLock && <CheckboxRow label="Legal hold" checked={hold} onChange={setHold} />}
      <button type="submit" className="button" disabled={!ready}>
        Put object
      </button>
    </FormCard>
  );
}

/** Build artifacts written over time: many keys, or one key overwritten. */
export function GenerateObjectsForm({ s3, apply }: Props) {
  const [prefix, setPrefix] = useState('builds/');
  const [name, setName] = useState('app.zip');
  const [count, setCount] = useState<number | undefined>(30);
  const [every, setEvery] = useState<number | undefined>(1);
  const [size, setSize] = useState<number | undefined>(200);
  const [overwrite, setOverwrite] = useState(false);
  const retention = useRetention('');
  const countN = wholeIn(count, 1, LIMITS.versionsPerObject);
  const everyDays = wholeIn(every, 1, LIMITS.generateDays);
  const bytes = bytesOfMb(size);
  const ready =
    name.trim() !== '' &&
    countN !== null &&
    everyDays !== null &&
    bytes !== null &&
    retention.valid;
  return (
    <FormCard
      id="s3-generate-heading"
      title="Generate build artifacts"
      onSubmit={
        ready
          ? () =>
              apply({
                type: 's3.objects.generate',
                prefix,
                name: name.trim(),
                count: countN,
                everyDays,
                size: bytes,
                overwrite,
                lock: retention.lock,
              })
          : null
      }
    >
      <div className="form-grid">
        <TextRow id="s3-gen-prefix" label="Prefix" value={prefix} onChange={setPrefix} />
        <TextRow id="s3-gen-name" label="Name" value={name} onChange={setName} />
        <NumberRow id="s3-gen-count" label="How many" value={count} onChange={setCount} min={1} />
        <NumberRow
          id="s3-gen-every"
          label="Every (days)"
          value={every}
          onChange={setEvery}
          min={1}
        />
        <SizeRow id="s3-gen-size" value={size} onChange={setSize} />
        {s3.bucket.objectLock && <RetentionFields idPrefix="s3-gen" retention={retention} />}
      </div>
      <CheckboxRow
        label="One key overwritten each time (versions), instead of a new key each time"
        checked={overwrite}
        onChange={setOverwrite}
      />
      <button type="submit" className="button" disabled={!ready}>
        Generate
      </button>
    </FormCard>
  );
}
