import { memo, useMemo, useState } from 'react';
import { DAY_MS, toIso } from '../../../domain/lifecycle/dates';
import {
  previewEcrLifecycle,
  type EcrImageDecision,
  type EcrLifecyclePolicy,
} from '../../../domain/lifecycle/ecr';
import type { EcrState, LifecycleAction } from '../../../domain/lifecycle/scenario';
import { shortDigest } from '../../../domain/lifecycle/simulation-step';
import { plural } from '../../../domain/words';
import { daysAgo, formatBytes } from './format';
import { Button } from '../../../components/Button';

interface Props {
  ecr: EcrState;
  policy: EcrLifecyclePolicy | null;
  apply: (action: LifecycleAction) => void;
}

const PAGE = 25;

function nextRun(decision: EcrImageDecision | undefined): string {
  if (!decision) return '—';
  if (decision.outcome === 'expired') return `expires · rule ${decision.rulePriority}`;
  if (decision.outcome === 'transitioned') return `archived · rule ${decision.rulePriority}`;
  return decision.rulePriority === undefined
    ? 'not selected'
    : `kept · rule ${decision.rulePriority}`;
}

/** The repository's images, newest first, with what the next lifecycle run would do to each. */
export const EcrImages = memo(function EcrImages({ ecr, policy, apply }: Props) {
  const [all, setAll] = useState(false);
  const images = useMemo(
    () =>
      [...ecr.images].sort(
        (a, b) => Date.parse(b.pushedAt) - Date.parse(a.pushedAt) || (a.digest < b.digest ? -1 : 1),
      ),
    [ecr.images],
  );
  const decisions = useMemo(() => {
    if (!policy) return new Map<string, EcrImageDecision>();
    const preview = previewEcrLifecycle(policy, ecr.images, toIso(Date.parse(ecr.now) + DAY_MS));
    return new Map((preview.decisions ?? []).map((d) => [d.digest, d]));
  }, [policy, ecr.images, ecr.now]);
  const shown = all ? images : images.slice(0, PAGE);
  const expiring = [...decisions.values()].filter((d) => d.outcome === 'expired').length;
  return (
    <section className="card" aria-labelledby="ecr-images-heading">
      <h2 id="ecr-images-heading">
        Images in {ecr.repository} <span className="muted">({images.length})</span>
      </h2>
      {policy && (
        <p className="muted">The next run (tomorrow) would expire {plural(expiring, 'image')}.</p>
      )}
      {images.length === 0 ? (
        <p className="muted">
          No images yet: push some by hand or generate a history with the controls.
        </p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Images">
          <table className="lc-table">
            <thead>
              <tr>
                <th scope="col">Image</th>
                <th scope="col">Pushed · pulled</th>
                <th scope="col">Storage</th>
                <th scope="col">Next run</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((image) => {
                const name = `${image.tags[0] ?? 'untagged'} (${shortDigest(image.digest)})`;
                const decision = decisions.get(image.digest);
                return (
                  <tr key={image.digest} data-outcome={decision?.outcome}>
                    <td>
                      <span className="lc-tags">
                        {image.tags.length ? (
                          image.tags.join(', ')
                        ) : (
                          <span className="muted">untagged</span>
                        )}
                      </span>
                      <code className="lc-digest">{shortDigest(image.digest)}</code>
                    </td>
                    <td>
                      {daysAgo(image.pushedAt, ecr.now)} d ago
                      <span className="muted">
                        {' '}
                        ·{' '}
                        {image.lastPulledAt
                          ? `${daysAgo(image.lastPulledAt, ecr.now)} d ago`
                          : 'never'}
                      </span>
                    </td>
                    <td>
                      {image.storageClass === 'archive' ? 'archive' : 'standard'}
                      <span className="muted"> · {formatBytes(image.sizeBytes ?? 0)}</span>
                    </td>
                    <td className="lc-next">{nextRun(decision)}</td>
                    <td>
                      <div className="lc-row-actions">
                        {image.storageClass === 'archive' ? (
                          <Button
                            small
                            aria-label={`Restore ${name}`}
                            onClick={() =>
                              apply({ type: 'ecr.image.restore', digest: image.digest })
                            }
                          >
                            Restore
                          </Button>
                        ) : (
                          <Button
                            small
                            aria-label={`Pull ${name}`}
                            onClick={() => apply({ type: 'ecr.image.pull', digest: image.digest })}
                          >
                            Pull
                          </Button>
                        )}
                        <Button
                          small
                          aria-label={`Delete ${name}`}
                          onClick={() => apply({ type: 'ecr.image.remove', digest: image.digest })}
                        >
                          Delete
                        </Button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {images.length > PAGE && (
        <Button small aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the newest ${PAGE} only` : `Show all ${images.length} images`}
        </Button>
      )}
    </section>
  );
});
