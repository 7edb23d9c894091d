import { memo } from 'react';
import type { EcrTimelineEntry } from '../../../domain/lifecycle/scenario';
import type { S3LifecycleEvent } from '../../../domain/lifecycle/s3-types';
import { shortDigest } from '../../../domain/lifecycle/simulation-step';
import { day } from './format';
import { Table } from '../../../components/Table';

const SHOWN = 150;

const S3_WORDS: Record<S3LifecycleEvent['action'], string> = {
  transition: 'transitioned',
  expire: 'expired (removed)',
  'delete-marker': 'got a delete marker',
  delete: 'version deleted',
  'abort-upload': 'upload aborted',
};

/** What lifecycle did, newest first, and the rule that did it. */
export const Timeline = memo(function Timeline(
  props:
    | { kind: 'ecr'; entries: readonly EcrTimelineEntry[] }
    | { kind: 's3'; entries: readonly S3LifecycleEvent[] },
) {
  const count = props.entries.length;
  return (
    <section className="card lc-timeline" aria-labelledby={`${props.kind}-timeline-heading`}>
      <h2 id={`${props.kind}-timeline-heading`}>Timeline</h2>
      {count === 0 ? (
        <p className="muted">
          Nothing has happened yet. Move the clock forward: lifecycle acts only when it runs.
        </p>
      ) : (
        <>
          {count > SHOWN && (
            <p className="muted">
              The latest {SHOWN} of {count} events.
            </p>
          )}
          <Table
            label="Lifecycle events"
            className="lc-table"
            head={[
              'Date',
              props.kind === 'ecr' ? 'Image' : 'Object, version',
              'What happened',
              'Rule',
            ]}
          >
            <tbody>
              {props.kind === 'ecr'
                ? [...props.entries]
                    .slice(-SHOWN)
                    .reverse()
                    .map((e, i) => (
                      <tr key={`${e.digest}-${i}`} data-action={e.action}>
                        <td>{day(e.at)}</td>
                        <td>
                          <code>{shortDigest(e.digest)}</code>{' '}
                          {e.tags.length ? (
                            e.tags.join(', ')
                          ) : (
                            <span className="muted">untagged</span>
                          )}
                        </td>
                        <td>{e.action === 'expire' ? 'expired' : 'archived'}</td>
                        <td>rule {e.rulePriority}</td>
                      </tr>
                    ))
                : [...props.entries]
                    .slice(-SHOWN)
                    .reverse()
                    .map((e, i) => (
                      <tr key={`${e.key}-${e.versionId}-${i}`} data-action={e.action}>
                        <td>{day(e.at)}</td>
                        <td>
                          {e.key} <code>{e.versionId}</code>
                        </td>
                        <td>
                          {S3_WORDS[e.action]}
                          {e.storageClass ? ` to ${e.storageClass}` : ''}
                        </td>
                        <td>{e.rule}</td>
                      </tr>
                    ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
});
