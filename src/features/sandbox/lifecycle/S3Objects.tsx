import { memo, useMemo, useState } from 'react';
import type { S3ObjectVersion } from '../../../domain/lifecycle/s3-types';
import type { S3State } from '../../../domain/lifecycle/scenario';
import { day, formatBytes } from './format';
import { Button } from '../../../components/Button';

const PAGE = 15;

function lock(v: S3ObjectVersion, now: string): string {
  const parts: string[] = [];
  const l = v.lock;
  if (l?.mode)
    parts.push(
      `${l.mode}${l.retainUntil ? ` until ${day(l.retainUntil)}` : ''}${l.retainUntil && Date.parse(l.retainUntil) <= Date.parse(now) ? ' (ended)' : ''}`,
    );
  if (l?.legalHold === true || l?.legalHold === 'ON') parts.push('legal hold');
  return parts.join(' + ');
}

/** Every object and version in the bucket, current version last. */
export const S3Objects = memo(function S3Objects({ s3 }: { s3: S3State }) {
  const [all, setAll] = useState(false);
  const objects = useMemo(
    () => [...s3.objects].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    [s3.objects],
  );
  const shown = all ? objects : objects.slice(0, PAGE);
  const versions = objects.reduce((n, o) => n + o.versions.length, 0);
  return (
    <section className="card" aria-labelledby="s3-objects-heading">
      <h2 id="s3-objects-heading">
        Objects in {s3.bucket.name}{' '}
        <span className="muted">
          ({objects.length} objects, {versions} versions)
        </span>
      </h2>
      {objects.length === 0 ? (
        <p className="muted">
          The bucket is empty: put objects by hand or generate build artifacts with the controls.
        </p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Objects and versions">
          <table className="lc-table">
            <thead>
              <tr>
                <th scope="col">Object</th>
                <th scope="col">Version</th>
                <th scope="col">Created</th>
                <th scope="col">State</th>
                <th scope="col">Class</th>
                <th scope="col">Lock</th>
              </tr>
            </thead>
            {shown.map((object) => (
              <tbody key={object.key} className="lc-object">
                {[...object.versions].reverse().map((v, i) => {
                  const current = i === 0;
                  return (
                    <tr key={v.versionId} data-marker={v.isDeleteMarker}>
                      {i === 0 && (
                        <th
                          scope="rowgroup"
                          rowSpan={object.versions.length}
                          className="lc-key-cell"
                        >
                          {object.key}
                          <span className="muted"> · {formatBytes(object.size)}</span>
                        </th>
                      )}
                      <td>
                        <code>{v.versionId}</code>
                      </td>
                      <td>{day(v.createdAt)}</td>
                      <td>
                        {v.isDeleteMarker
                          ? current
                            ? 'delete marker (current)'
                            : 'delete marker'
                          : current
                            ? 'current'
                            : 'noncurrent'}
                      </td>
                      <td>{v.isDeleteMarker ? '—' : v.storageClass}</td>
                      <td>{lock(v, s3.now)}</td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
      {objects.length > PAGE && (
        <Button small aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${PAGE} only` : `Show all ${objects.length} objects`}
        </Button>
      )}
    </section>
  );
});
