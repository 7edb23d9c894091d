import { useState } from 'react';
import { EXTERNAL_CONNECTION_FORMAT, validateDomain } from '../../../domain/codeartifact';
import type { ExternalConnectionName } from '../../../domain/codeartifact/types';
import type { ControlsProps } from './controlsProps';
import { Card } from '../../../components/Card';
import { ActionForm } from '../../../components/form';
import { Button } from '../../../components/Button';

const CONNECTIONS = Object.keys(EXTERNAL_CONNECTION_FORMAT) as ExternalConnectionName[];

/** Repositories, their ordered upstreams and external connections, with CodeArtifact's objections. */
export function TopologyEditor({ scenario, apply }: ControlsProps) {
  const [newRepo, setNewRepo] = useState('');
  const repos = Object.keys(scenario.domain.repositories);
  const issues = validateDomain(scenario.domain);
  const issuesFor = (name: string) =>
    issues.filter(
      (i) => i.path.startsWith(`repositories.${name}.`) || i.path === `repositories.${name}`,
    );
  return (
    <Card id="topology-heading" title="Repositories and upstreams">
      {issues.length > 0 && (
        <p role="alert" className="question-warning">
          CodeArtifact would refuse this setup: {issues.length} problem
          {issues.length === 1 ? '' : 's'} below.
        </p>
      )}
      <ul className="topology-list">
        {repos.map((name) => {
          const repo = scenario.domain.repositories[name]!;
          const candidates = repos.filter((r) => r !== name && !repo.upstreams.includes(r));
          return (
            <li key={name} className="topology-repo">
              <h3>{name}</h3>
              <ol aria-label={`Upstreams of ${name}`}>
                {repo.upstreams.map((u, i) => (
                  <li key={u}>
                    {u}{' '}
                    <Button
                      small
                      disabled={i === 0}
                      aria-label={`Move ${u} up in ${name}'s upstreams`}
                      onClick={() =>
                        apply({
                          type: 'upstreams.set',
                          repo: name,
                          upstreams: swap(repo.upstreams, i, i - 1),
                        })
                      }
                    >
                      ↑
                    </Button>
                    <Button
                      small
                      aria-label={`Remove ${u} from ${name}'s upstreams`}
                      onClick={() =>
                        apply({
                          type: 'upstreams.set',
                          repo: name,
                          upstreams: repo.upstreams.filter((x) => x !== u),
                        })
                      }
                    >
                      ✕
                    </Button>
                  </li>
                ))}
              </ol>
              <div className="button-row">
                <label className="visually-hidden" htmlFor={`add-up-${name}`}>
                  Add an upstream to {name}
                </label>
                <select
                  id={`add-up-${name}`}
                  value=""
                  onChange={(e) =>
                    e.target.value &&
                    apply({
                      type: 'upstreams.set',
                      repo: name,
                      upstreams: [...repo.upstreams, e.target.value],
                    })
                  }
                >
                  <option value="">Add upstream…</option>
                  {candidates.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
                <label className="visually-hidden" htmlFor={`conn-${name}`}>
                  External connection of {name}
                </label>
                <select
                  id={`conn-${name}`}
                  value={repo.externalConnection ?? ''}
                  onChange={(e) =>
                    apply({
                      type: 'connection.set',
                      repo: name,
                      connection: (e.target.value || null) as ExternalConnectionName | null,
                    })
                  }
                >
                  <option value="">No external connection</option>
                  {CONNECTIONS.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
                <Button
                  small
                  variant="danger"
                  onClick={() => apply({ type: 'repo.remove', repo: name })}
                >
                  Delete {name}
                </Button>
              </div>
              {issuesFor(name).map((i) => (
                <p key={i.path + i.message} className="question-warning">
                  <code>{i.path}</code>: {i.message}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
      <ActionForm
        className="button-row"
        onSubmit={() => {
          if (newRepo.trim()) apply({ type: 'repo.add', repo: newRepo.trim() });
          setNewRepo('');
        }}
      >
        <label htmlFor="new-repo">New repository</label>
        <input
          id="new-repo"
          type="text"
          value={newRepo}
          onChange={(e) => setNewRepo(e.target.value)}
        />
        <button type="submit" className="button button-small" disabled={!newRepo.trim()}>
          Create
        </button>
      </ActionForm>
    </Card>
  );
}

function swap<T>(items: readonly T[], i: number, j: number): T[] {
  const out = [...items];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
