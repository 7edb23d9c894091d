import { useState } from 'react';
import { ActionForm, SelectRow, TextRow } from '../../../components/form';
import { principalContext, type AccessScenario } from '../../../domain/access/scenario';
import type { AccessWorkspace } from './useAccessWorkspace';
import { Card } from '../../../components/Card';

interface SettingsProps {
  scenario: AccessScenario;
  workspace: AccessWorkspace;
}

const KEY = /^[A-Za-z0-9-]+:[A-Za-z0-9/_.:@+=-]{1,127}$/;

/** The request context of each principal, and how the artifacts are encrypted. */
export function SettingsPanel({ scenario, workspace }: SettingsProps) {
  const names = scenario.principals.map((p) => p.name);
  const [who, setWho] = useState(names[0] ?? '');
  const [key, setKey] = useState('aws:PrincipalOrgID');
  const [value, setValue] = useState('');
  const principal = names.includes(who) ? who : (names[0] ?? '');
  const { kms, s3 } = scenario.resources;
  return (
    <Card id="settings-heading" title="Context and encryption" className="settings-panel">
      <h3>Request context</h3>
      <ul className="context-list">
        {scenario.principals.map((p) => {
          const context = Object.entries(principalContext(scenario, p));
          return (
            <li key={p.name}>
              <strong>{p.name}</strong>:{' '}
              {context.length === 0 && <span className="muted">no extra keys</span>}
              {context.map(([k, v]) => (
                <span key={k} className="context-entry">
                  <code>
                    {k} = {Array.isArray(v) ? `[${v.join(', ')}]` : v}
                  </code>
                  {Object.keys(p.context).includes(k) ? (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() =>
                        workspace.act({
                          type: 'context.set',
                          principal: p.name,
                          key: k,
                          value: null,
                        })
                      }
                      aria-label={`Clear ${k} of ${p.name}`}
                    >
                      Clear
                    </button>
                  ) : (
                    <span className="muted"> (from the organization)</span>
                  )}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      <ActionForm
        className="context-form"
        onSubmit={() => {
          if (KEY.test(key.trim()))
            workspace.act({ type: 'context.set', principal, key: key.trim(), value });
        }}
      >
        <div className="form-grid">
          {names.length > 1 && (
            <SelectRow
              id="ctx-principal"
              label="Principal"
              value={principal}
              onChange={setWho}
              options={names}
            />
          )}
          <TextRow id="ctx-key" label="Condition key" value={key} onChange={setKey} code />
          <TextRow id="ctx-value" label="Value" value={value} onChange={setValue} code />
        </div>
        <button type="submit" className="button button-small" disabled={!KEY.test(key.trim())}>
          Set for {principal}
        </button>
      </ActionForm>
      <fieldset>
        <legend>KMS key of the artifacts</legend>
        <label className="choice">
          <input
            type="radio"
            name="key-managed-by"
            checked={kms.managedBy === 'CUSTOMER'}
            onChange={() => workspace.act({ type: 'key.manager.set', managedBy: 'CUSTOMER' })}
          />
          <span>Customer managed key (you write the key policy)</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="key-managed-by"
            checked={kms.managedBy === 'AWS'}
            onChange={() => workspace.act({ type: 'key.manager.set', managedBy: 'AWS' })}
          />
          <span>AWS managed key aws/s3</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Encryption of {s3.bucket}</legend>
        <label className="choice">
          <input
            type="radio"
            name="bucket-encryption"
            checked={s3.encryption === 'SSE-KMS'}
            onChange={() => workspace.act({ type: 'bucket.encryption.set', encryption: 'SSE-KMS' })}
          />
          <span>SSE-KMS (with the key above)</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="bucket-encryption"
            checked={s3.encryption === 'SSE-S3'}
            onChange={() => workspace.act({ type: 'bucket.encryption.set', encryption: 'SSE-S3' })}
          />
          <span>SSE-S3 (S3-managed keys)</span>
        </label>
      </fieldset>
    </Card>
  );
}
