import { memo, useMemo } from 'react';
import { DAY_MS, toIso } from '../../../domain/lifecycle/dates';
import {
  previewEcrLifecycle,
  type EcrImage,
  type EcrImageDecision,
  type EcrLifecyclePolicy,
} from '../../../domain/lifecycle/ecr';
import type { EcrState, LifecycleAction } from '../../../domain/lifecycle/scenario';
import { shortDigest } from '../../../domain/lifecycle/simulation-step';
import { plural } from '../../../domain/words';
import { daysAgo, formatBytes } from './format';
import { Button } from '../../../components/Button';
import { Table } from '../../../components/Table';
import { PagedList } from './PagedList';

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

/** What can be done to an image from its row: an archived one is restored before it can be pulled. */
function rowActions(image: EcrImage) {
  return [
    image.storageClass === 'archive'
      ? (['restore', 'Restore'] as const)
      : (['pull', 'Pull'] as const),
    ['remove', 'Delete'] as const,
  ];
}

/** The repository's images, newest first, with what the next lifecycle run would do to each. */
export const EcrImages = memo(function EcrImages({ ecr, policy, apply }: Props) {
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
  const expiring = [...decisions.values()].filter((d) => d.outcome === 'expired').length;
  return (
    <section className="card" aria-labelledby="ecr-images-heading">
      <h2 id="ecr-images-heading">
        Images in {ecr.repository} <span className="muted">({images.length})</span>
      </h2>
      {policy && (
        <p className="muted">The next run (tomorrow) would expire {plural(expiring, 'image')}.</p>
      )}
      <PagedList
        items={images}
        size={PAGE}
        first="newest"
        noun="images"
        empty={
          <p className="muted">
            No images yet: push some by hand or generate a history with the controls.
          </p>
        }
      >
        {(shown) => (
          <Table
            label="Images"
            className="lc-table"
            head={['Image', 'Pushed · pulled', 'Storage', 'Next run', 'Actions']}
          >
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
                        {rowActions(image).map(([verb, word]) => (
                          <Button
                            key={verb}
                            small
                            aria-label={`${word} ${name}`}
                            onClick={() =>
                              apply({ type: `ecr.image.${verb}`, digest: image.digest })
                            }
                          >
                            {word}
                          </Button>
                        ))}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </PagedList>
    </section>
  );
});
