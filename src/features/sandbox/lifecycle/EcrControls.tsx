import { NumberRow } from './fields';
import { useState } from 'react';
import { ECR_TAG, LIMITS, type LifecycleAction } from '../../../domain/lifecycle/scenario';
import { MB } from './format';

interface Props {
  apply: (action: LifecycleAction) => void;
}

const int = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** Push one image by hand. */
export function AddImageForm({ apply }: Props) {
  const [tags, setTags] = useState('prod-100');
  const [pushed, setPushed] = useState('0');
  const [pulled, setPulled] = useState('');
  const [size, setSize] = useState('150');
  const tagList = tags
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const badTag = tagList.find((t) => !ECR_TAG.test(t));
  const pushedN = int(pushed, 0, LIMITS.generateDays);
  const pulledN = pulled.trim() === '' ? null : int(pulled, 0, LIMITS.generateDays);
  const sizeN = Number(size);
  const ready =
    !badTag &&
    pushedN !== null &&
    (pulled.trim() === '' || pulledN !== null) &&
    Number.isFinite(sizeN) &&
    sizeN >= 0;
  return (
    <section className="card" aria-labelledby="ecr-add-heading">
      <h2 id="ecr-add-heading">Push an image</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready)
            apply({
              type: 'ecr.image.add',
              tags: tagList,
              pushedDaysAgo: pushedN!,
              pulledDaysAgo: pulledN,
              sizeBytes: Math.round(sizeN * MB),
            });
        }}
      >
        <div className="form-grid">
          <div className="form-row lc-wide">
            <label htmlFor="ecr-add-tags">Tags (comma-separated, empty = untagged)</label>
            <input
              id="ecr-add-tags"
              type="text"
              value={tags}
              onChange={(e) => setTags(e.target.value)}
              aria-invalid={badTag ? true : undefined}
              aria-describedby={badTag ? 'ecr-add-tags-error' : undefined}
            />
            {badTag && (
              <span id="ecr-add-tags-error" className="verdict-wrong">
                “{badTag}” is not a valid tag
              </span>
            )}
          </div>
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
          <div className="form-row">
            <label htmlFor="ecr-add-size">Size (MB)</label>
            <input
              id="ecr-add-size"
              type="number"
              inputMode="decimal"
              min={0}
              value={size}
              onChange={(e) => setSize(e.target.value)}
            />
          </div>
        </div>
        <button type="submit" className="button" disabled={!ready}>
          Push image
        </button>
        <p className="muted lc-note">
          The digest is made up for you. Pushing a tag another image holds moves the tag, and that
          image may become untagged.
        </p>
      </form>
    </section>
  );
}

/** "Push an image every day for 90 days, tags dev-*, prod-*, untagged." */
export function GenerateImagesForm({ apply }: Props) {
  const [days, setDays] = useState('90');
  const [every, setEvery] = useState('1');
  const [prefixes, setPrefixes] = useState('dev-, prod-');
  const [untagged, setUntagged] = useState(true);
  const [size, setSize] = useState('120');
  const daysN = int(days, 1, LIMITS.generateDays);
  const everyN = int(every, 1, LIMITS.generateDays);
  const list = prefixes
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const streams = [...new Set([...list, ...(untagged ? [''] : [])])];
  const badPrefix = list.find((t) => !/^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,100}$/.test(t));
  const sizeN = Number(size);
  const count = daysN && everyN ? (Math.floor((daysN - 1) / everyN) + 1) * streams.length : 0;
  const ready =
    daysN !== null &&
    everyN !== null &&
    !badPrefix &&
    streams.length > 0 &&
    streams.length <= 10 &&
    Number.isFinite(sizeN) &&
    sizeN >= 0;
  return (
    <section className="card" aria-labelledby="ecr-generate-heading">
      <h2 id="ecr-generate-heading">Generate a push history</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready)
            apply({
              type: 'ecr.images.generate',
              days: daysN!,
              everyDays: everyN!,
              tags: streams,
              sizeBytes: Math.round(sizeN * MB),
            });
        }}
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
          <div className="form-row lc-wide">
            <label htmlFor="ecr-gen-prefixes">Tag prefixes (one image each, numbered)</label>
            <input
              id="ecr-gen-prefixes"
              type="text"
              value={prefixes}
              onChange={(e) => setPrefixes(e.target.value)}
              aria-invalid={badPrefix ? true : undefined}
            />
          </div>
          <div className="form-row">
            <label htmlFor="ecr-gen-size">Size (MB)</label>
            <input
              id="ecr-gen-size"
              type="number"
              inputMode="decimal"
              min={0}
              value={size}
              onChange={(e) => setSize(e.target.value)}
            />
          </div>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={untagged}
            onChange={(e) => setUntagged(e.target.checked)}
          />
          <span>…and an untagged image each time</span>
        </label>
        <button type="submit" className="button" disabled={!ready}>
          Generate {count} images
        </button>
      </form>
    </section>
  );
}
