import type { UpstreamScenario } from '../../../domain/codeartifact/scenario';

/** The same graph as text: every repository, its upstreams in order, its connection, the last walk. */
export function GraphDescription({ scenario }: { scenario: UpstreamScenario }) {
  const { domain, lastRequest } = scenario;
  return (
    <details className="graph-text" open>
      <summary>Repositories, upstreams and what each one holds</summary>
      <ul>
        {Object.entries(domain.repositories).map(([name, repo]) => (
          <li key={name}>
            <strong>{name}</strong>
            {repo.upstreams.length
              ? ` — upstreams in order: ${repo.upstreams.join(', ')}`
              : ' — no upstreams'}
            {repo.externalConnection
              ? ` — external connection: ${repo.externalConnection}${domain.registries[repo.externalConnection]?.available === false ? ' (outage)' : ''}`
              : ''}
            {Object.keys(repo.packages).length > 0 && (
              <ul className="repo-packages">
                {Object.entries(repo.packages).map(([key, record]) => (
                  <li key={key}>
                    <code>{key}</code>:{' '}
                    {record.versions.length ? record.versions.join(', ') : 'no versions'}
                    {record.origin
                      ? ` · publish ${record.origin.publish}, upstream ${record.origin.upstream}`
                      : record.versions.length
                        ? ' · origin controls ALLOW/ALLOW (legacy)'
                        : ''}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {lastRequest && (
        <p>
          Last request: {lastRequest.package}@{lastRequest.version} from {lastRequest.repo} →{' '}
          {lastRequest.status}
          {lastRequest.searched.length ? `; searched ${lastRequest.searched.join(' → ')}` : ''}
          {lastRequest.servedBy ? `; served by ${lastRequest.servedBy}` : ''}
          {lastRequest.retainedIn.length
            ? `; now kept in ${lastRequest.retainedIn.join(', ')}`
            : ''}
          .
        </p>
      )}
    </details>
  );
}
