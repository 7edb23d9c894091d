import { useState } from 'react';
import { CheckboxRow, ListRow, NumberRow, wholeIn, FormCard } from '../../../components/form';
import { ECR_TAG, LIMITS, type LifecycleAction } from '../../../domain/lifecycle/scenario';
import { bytesOfMb, SizeRow } from './SizeRow';

interface Props {
  apply: (action: LifecycleAction) => void;
}

const TAG_PREFIX = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,100}$/;

/** Push one image by hand. */
export function AddImageForm({ apply }: Props) {
  const [tags, setTags] = useState<string[]>(['prod-100']);
  const [pushed, setPushed] = useState<number | undefined>(0);
  const [pulled, setPulled] = useState<number | undefined>(undefined);
  const [size, setSize] = useState<number | undefined>(150);
  const badTag = tags.find((t) => !ECR_TAG.test(t));
  const pushedDaysAgo = wholeIn(pushed, 0, LIMITS.generateDays);
  const pulledDaysAgo = wholeIn(pulled, 0, LIMITS.generateDays);
  const sizeBytes = bytesOfMb(size);
  const ready =
    !badTag &&
    pushedDaysAgo !== null &&
    (pulled === undefined || pulledDaysAgo !== null) &&
    sizeBytes !== null;
  return (
    <FormCard
      id="ecr-add-heading"
      title="Push an image"
      onSubmit={
        ready
          ? () => apply({ type: 'ecr.image.add', tags, pushedDaysAgo, pulledDaysAgo, sizeBytes })
          : null
      }
    >
      <div className="form-grid">
        <ListRow
          id="ecr-add-tags"
          label="Tags (comma-separated, empty = untagged)"
          value={tags}
          onChange={setTags}
          error={badTag && `“${badTag}” is not a valid tag`}
          wide
        />
        <NumberRow
          id="ecr-add-pushed"
          label="Pushed (days ago)"
          value={pushed}
          onChange={setPushed}
          min={0}
        />
        <NumberRow
          id="ecr-add-pulled"
          label="Last pulled (days ago, empty = never)"
          value={pulled}
          onChange={setPulled}
          min={0}
        />
        <SizeRow id="ecr-add-size" value={size} onChange={setSize} />
      </div>
      <button type="submit" className="button" disabled={!ready}>
        Push image
      </button>
      <p className="muted lc-note">
        The digest is made up for you. Pushing a tag another image holds moves the tag, and that
        image may become untagged.
      </p>
    </FormCard>
  );
}

/** "Push an image every day for 90 days, tags dev-*, prod-*, untagged." */
export function GenerateImagesForm({ apply }: Props) {
  const [days, setDays] = useState<number | undefined>(90);
  const [every, setEvery] = useState<number | undefined>(1);
  const [prefixes, setPrefixes] = useState<string[]>(['dev-', 'prod-']);
  const [untagged, setUntagged] = useState(true);
  const [size, setSize] = useState<number | undefined>(120);
  const daysN = wholeIn(days, 1, LIMITS.generateDays);
  const everyDays = wholeIn(every, 1, LIMITS.generateDays);
  const streams = [...new Set([...prefixes, ...(untagged ? [''] : [])])];
  const badPrefix = prefixes.find((t) => !TAG_PREFIX.test(t));
  const sizeBytes = bytesOfMb(size);
  const count = daysN && everyDays ? (Math.floor((daysN - 1) / everyDays) + 1) * streams.length : 0;
  const ready =
    daysN !== null &&
    everyDays !== null &&
    !badPrefix &&
    streams.length > 0 &&
    streams.length <= 10 &&
    sizeBytes !== null;
  return (
    <FormCard
      id="ecr-generate-heading"
      title="Generate a push history"
      onSubmit={
        ready
          ? () =>
              apply({
                type: 'ecr.images.generate',
                days: daysN,
                everyDays,
                tags: streams,
                sizeBytes,
              })
          : null
      }
    >
      <div className="form-grid">
        <NumberRow
          id="ecr-gen-days"
          label="For the last (days)"
          value={days}
          onChange={setDays}
          min={1}
        />
        <NumberRow
          id="ecr-gen-every"
          label="Every (days)"
          value={every}
          onChange={setEvery}
          min={1}
        />
        <ListRow
          id="ecr-gen-prefixes"
          label="Tag prefixes (one image each, numbered)"
          value={prefixes}
          onChange={setPrefixes}
          error={badPrefix && `“${badPrefix}” is not a valid tag prefix`}
          wide
        />
        <SizeRow id="ecr-gen-size" value={size} onChange={setSize} />
      </div>
      <CheckboxRow
        label="…and an untagged image each time"
        checked={untagged}
        onChange={setUntagged}
      />
      <button type="submit" className="button" disabled={!ready}>
        Generate {count} images
      </button>
    </FormCard>
  );
}
