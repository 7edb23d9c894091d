import { memo, useState } from 'react';
import { ActionForm, SelectRow, TextRow, RadioGroup, useChoice } from '../../../components/form';
import { principalContext, type AccessScenario } from '../../../domain/access/scenario';
import type { AccessWorkspace } from './useAccessWorkspace';
import { Card } from '../../../components/Card';
import { Button } from '../../../components/Button';

interface SettingsProps {
  scenario: AccessScenario;
  workspace: AccessWorkspace;
}

const KEY = /^[A-Za-z0-9-]+:[A-Za-z0-9/_.:@+=-]{1,127}$/;

/** The request context of each principal, and how the artifacts are encrypted. */
export const SettingsPanel = memo(function SettingsPanel({ scenario, workspace }: SettingsProps) {
  const names = scenario.principals.map((p) => p.name);
  const [principal, setWho] = useChoice(names);
  const [key, setKey] = useState('aws:PrincipalOrgID');
  const [value, setValue] = useState('');
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
                    <Button
                      small
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
                    </Button>
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
        onSubmit={
          KEY.test(key.trim())
            ? () => workspace.act({ type: 'context.set', principal, key: key.trim(), value })
            : null
        }
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
      <RadioGroup
        legend="KMS key of the artifacts"
        name="key-managed-by"
        value={kms.managedBy}
        onChange={(managedBy) => workspace.act({ type: 'key.manager.set', managedBy })}
        options={[
          { value: 'CUSTOMER', label: 'Customer managed key (you write the key policy)' },
          { value: 'AWS', label: 'AWS managed key aws/s3' },
        ]}
      />
      <RadioGroup
        legend={`Encryption of ${s3.bucket}`}
        name="bucket-encryption"
        value={s3.encryption}
        onChange={(encryption) => workspace.act({ type: 'bucket.encryption.set', encryption })}
        options={[
          { value: 'SSE-KMS', label: 'SSE-KMS (with the key above)' },
          { value: 'SSE-S3', label: 'SSE-S3 (S3-managed keys)' },
        ]}
      />
    </Card>
  );
});
