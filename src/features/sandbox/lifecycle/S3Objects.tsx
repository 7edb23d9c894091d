import { memo, useMemo } from 'react';
import type { S3ObjectVersion } from '../../../domain/lifecycle/s3-types';
import type { S3State } from '../../../domain/lifecycle/scenario';
import { day, formatBytes } from './format';
import { Table } from '../../../components/Table';
import { PagedList } from './PagedList';

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
  const objects = useMemo(
    () => [...s3.objects].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    [s3.objects],
  );
  const versions = objects.reduce((n, o) => n + o.versions.length, 0);
  return (
    <section className="card" aria-labelledby="s3-objects-heading">
      <h2 id="s3-objects-heading">
        Objects in {s3.bucket.name}{' '}
        <span className="muted">
          ({objects.length} objects, {versions} versions)
        </span>
      </h2>
      <PagedList
        items={objects}
        size={PAGE}
        first="first"
        noun="objects"
        empty={
          <p className="muted">
            The bucket is empty: put objects by hand or generate build artifacts with the controls.
          </p>
        }
      >
        {(shown) => (
          <Table
            label="Objects and versions"
            className="lc-table"
            head={['Object', 'Version', 'Created', 'State', 'Class', 'Lock']}
          >
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
          </Table>
        )}
      </PagedList>
    </section>
  );
});
