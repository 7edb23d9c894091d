import { useState } from 'react';
import { SelectRow, TextRow, FormCard, useChoice } from '../../../components/form';
import { PACKAGE_FORMATS } from '../../../domain/codeartifact';
import type { PackageFormat, PackageVersionStatus } from '../../../domain/codeartifact/types';
import type { ControlsProps } from './controlsProps';
import { Card } from '../../../components/Card';
import { versionStatusSchema } from '../../../domain/codeartifact/scenario';
import { Button } from '../../../components/Button';

type Setting = 'ALLOW' | 'BLOCK';
const SETTINGS = ['ALLOW', 'BLOCK'] as const;
// A package's two origin controls (PackageOriginRestrictions), as the form names them.
const ORIGIN_CONTROLS = [
  { control: 'publish', label: 'Publish' },
  { control: 'upstream', label: 'Upstream' },
] as const;

/** A package version to request or publish, and the origin controls of that package. */
export function PackageRequests({ scenario, apply }: ControlsProps) {
  const repos = Object.keys(scenario.domain.repositories);
  const [target, setRepo] = useChoice(repos);
  const [format, setFormat] = useState<PackageFormat>('npm');
  const [name, setName] = useState('lodash');
  const [version, setVersion] = useState('4.17.21');
  const [origin, setOrigin] = useState<Record<'publish' | 'upstream', Setting>>({
    publish: 'ALLOW',
    upstream: 'BLOCK',
  });
  const [status, setStatus] = useState<PackageVersionStatus>('Unlisted');
  const pkg = { repo: target, format, name: name.trim(), version: version.trim() };
  const ready = Boolean(pkg.repo && pkg.name && pkg.version);

  return (
    <>
      <FormCard
        id="request-heading"
        title="Request or publish a package"
        onSubmit={ready ? () => apply({ type: 'package.request', ...pkg }) : null}
      >
        <div className="form-grid">
          <SelectRow
            id="req-repo"
            label="Repository"
            value={target}
            onChange={setRepo}
            options={repos}
          />
          <SelectRow
            id="req-format"
            label="Format"
            value={format}
            onChange={setFormat}
            options={PACKAGE_FORMATS}
          />
          <TextRow id="req-name" label="Package" value={name} onChange={setName} />
          <TextRow id="req-version" label="Version" value={version} onChange={setVersion} />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={!ready}>
            Send request
          </button>
          <Button disabled={!ready} onClick={() => apply({ type: 'package.publish', ...pkg })}>
            Publish this version
          </Button>
        </div>
      </FormCard>

      <Card id="origin-heading" title="Package origin controls">
        <p className="muted">
          For {format}/{name || '…'} in {target || '…'}.
        </p>
        <div className="form-grid">
          {ORIGIN_CONTROLS.map(({ control, label }) => (
            <SelectRow
              key={control}
              id={`origin-${control}`}
              label={label}
              value={origin[control]}
              onChange={(setting) => setOrigin({ ...origin, [control]: setting })}
              options={SETTINGS}
            />
          ))}
        </div>
        <Button
          disabled={!ready}
          onClick={() =>
            apply({ type: 'origin.set', repo: target, format, name: name.trim(), ...origin })
          }
        >
          Apply origin controls
        </Button>
      </Card>

      <Card id="status-heading" title="Package version status">
        <p className="muted">
          For {format}/{name || '…'}@{version || '…'} in {target || '…'}. Disposed is final.
        </p>
        <SelectRow
          id="version-status"
          label="Status"
          value={status}
          onChange={setStatus}
          options={versionStatusSchema.options}
        />
        <Button
          disabled={!ready}
          onClick={() => apply({ type: 'package.version.status.set', ...pkg, status })}
        >
          Set version status
        </Button>
      </Card>
    </>
  );
}
