import { useState } from 'react';
import {
  EXTERNAL_CONNECTION_FORMAT,
  PACKAGE_FORMATS,
  validateDomain,
} from '../../../domain/codeartifact';
import type { UpstreamAction, UpstreamScenario } from '../../../domain/codeartifact/scenario';
import type { ExternalConnectionName, PackageFormat } from '../../../domain/codeartifact/types';

interface ControlsProps {
  scenario: UpstreamScenario;
  apply: (action: UpstreamAction) => void;
}

const CONNECTIONS = Object.keys(EXTERNAL_CONNECTION_FORMAT) as ExternalConnectionName[];

function timeLeft(s: UpstreamScenario): string {
  if (!s.token) return 'No token yet.';
  if (s.token.expiresAt === null) return 'Token lasts as long as the role session.';
  const seconds = Math.round((Date.parse(s.token.expiresAt) - Date.parse(s.now)) / 1000);
  if (seconds <= 0)
    return `Token expired at ${s.token.expiresAt.replace('T', ' ').slice(0, 16)} UTC.`;
  return `Token valid for ${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min more.`;
}

export function UpstreamControls({ scenario, apply }: ControlsProps) {
  const repos = Object.keys(scenario.domain.repositories);
  const [repo, setRepo] = useState(repos[0] ?? '');
  const [format, setFormat] = useState<PackageFormat>('npm');
  const [name, setName] = useState('lodash');
  const [version, setVersion] = useState('4.17.21');
  const [duration, setDuration] = useState('');
  const [publish, setPublish] = useState<'ALLOW' | 'BLOCK'>('ALLOW');
  const [upstream, setUpstream] = useState<'ALLOW' | 'BLOCK'>('BLOCK');
  const [prediction, setPrediction] = useState('');
  const target = repos.includes(repo) ? repo : (repos[0] ?? '');
  const pkg = { repo: target, format, name: name.trim(), version: version.trim() };
  const ready = Boolean(pkg.repo && pkg.name && pkg.version);

  return (
    <div className="stack controls">
      <section className="card" aria-labelledby="request-heading">
        <h2 id="request-heading">Request or publish a package</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (ready) apply({ type: 'package.request', ...pkg });
          }}
        >
          <div className="form-grid">
            <div className="form-row">
              <label htmlFor="req-repo">Repository</label>
              <select id="req-repo" value={target} onChange={(e) => setRepo(e.target.value)}>
                {repos.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </div>
            <div className="form-row">
              <label htmlFor="req-format">Format</label>
              <select
                id="req-format"
                value={format}
                onChange={(e) => setFormat(e.target.value as PackageFormat)}
              >
                {PACKAGE_FORMATS.map((f) => (
                  <option key={f}>{f}</option>
                ))}
              </select>
            </div>
            <div className="form-row">
              <label htmlFor="req-name">Package</label>
              <input
                id="req-name"
                type="text"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="form-row">
              <label htmlFor="req-version">Version</label>
              <input
                id="req-version"
                type="text"
                value={version}
                onChange={(e) => setVersion(e.target.value)}
              />
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={!ready}>
              Send request
            </button>
            <button
              type="button"
              className="button"
              disabled={!ready}
              onClick={() => apply({ type: 'package.publish', ...pkg })}
            >
              Publish this version
            </button>
          </div>
        </form>
      </section>

      <section className="card" aria-labelledby="origin-heading">
        <h2 id="origin-heading">Package origin controls</h2>
        <p className="muted">
          For {format}/{name || '…'} in {target || '…'}.
        </p>
        <div className="form-grid">
          <div className="form-row">
            <label htmlFor="origin-publish">Publish</label>
            <select
              id="origin-publish"
              value={publish}
              onChange={(e) => setPublish(e.target.value as 'ALLOW' | 'BLOCK')}
            >
              <option>ALLOW</option>
              <option>BLOCK</option>
            </select>
          </div>
          <div className="form-row">
            <label htmlFor="origin-upstream">Upstream</label>
            <select
              id="origin-upstream"
              value={upstream}
              onChange={(e) => setUpstream(e.target.value as 'ALLOW' | 'BLOCK')}
            >
              <option>ALLOW</option>
              <option>BLOCK</option>
            </select>
          </div>
        </div>
        <button
          type="button"
          className="button"
          disabled={!ready}
          onClick={() =>
            apply({
              type: 'origin.set',
              repo: target,
              format,
              name: name.trim(),
              publish,
              upstream,
            })
          }
        >
          Apply origin controls
        </button>
      </section>

      <section className="card" aria-labelledby="registry-heading">
        <h2 id="registry-heading">Public registries</h2>
        {Object.entries(scenario.domain.registries).map(([conn, registry]) => (
          <label key={conn} className="choice">
            <input
              type="checkbox"
              checked={registry.available}
              onChange={(e) =>
                apply({
                  type: 'registry.availability.set',
                  connection: conn as ExternalConnectionName,
                  available: e.target.checked,
                })
              }
            />
            <span>{conn} is reachable</span>
          </label>
        ))}
      </section>

      <section className="card" aria-labelledby="token-heading">
        <h2 id="token-heading">Token and clock</h2>
        <p role="status">
          {scenario.now.replace('T', ' ').slice(0, 16)} UTC · {timeLeft(scenario)}
        </p>
        <div className="form-row">
          <label htmlFor="token-duration">--duration-seconds (empty = default)</label>
          <input
            id="token-duration"
            type="number"
            inputMode="numeric"
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            placeholder="43200"
          />
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() =>
              apply(
                duration.trim() === ''
                  ? { type: 'token.issue' }
                  : { type: 'token.issue', durationSeconds: Number(duration) },
              )
            }
          >
            Get a new token
          </button>
          {[3600, 12 * 3600, 86400].map((s) => (
            <button
              key={s}
              type="button"
              className="button button-small"
              onClick={() => apply({ type: 'clock.advance', seconds: s })}
            >
              +{s / 3600} h
            </button>
          ))}
        </div>
      </section>

      <section className="card" aria-labelledby="predict-heading">
        <h2 id="predict-heading">Predict the search order</h2>
        <div className="form-row">
          <label htmlFor="prediction">
            Repositories in the order CodeArtifact will search them, comma-separated
          </label>
          <input
            id="prediction"
            type="text"
            value={prediction}
            onChange={(e) => setPrediction(e.target.value)}
            placeholder={repos.slice(0, 3).join(', ')}
          />
        </div>
        <button
          type="button"
          className="button"
          disabled={!prediction.trim()}
          onClick={() =>
            apply({
              type: 'searchOrder.predict',
              order: prediction
                .split(',')
                .map((p) => p.trim())
                .filter(Boolean),
            })
          }
        >
          Record prediction
        </button>
      </section>

      <TopologyEditor scenario={scenario} apply={apply} />
    </div>
  );
}

function TopologyEditor({ scenario, apply }: ControlsProps) {
  const [newRepo, setNewRepo] = useState('');
  const repos = Object.keys(scenario.domain.repositories);
  const issues = validateDomain(scenario.domain);
  const issuesFor = (name: string) =>
    issues.filter(
      (i) => i.path.startsWith(`repositories.${name}.`) || i.path === `repositories.${name}`,
    );
  return (
    <section className="card" aria-labelledby="topology-heading">
      <h2 id="topology-heading">Repositories and upstreams</h2>
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
                    <button
                      type="button"
                      className="button button-small"
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
                    </button>
                    <button
                      type="button"
                      className="button button-small"
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
                    </button>
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
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => apply({ type: 'repo.remove', repo: name })}
                >
                  Delete {name}
                </button>
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
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
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
      </form>
    </section>
  );
}

function swap<T>(items: readonly T[], i: number, j: number): T[] {
  const out = [...items];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
