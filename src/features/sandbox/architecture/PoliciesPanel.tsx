import { useState } from 'react';
import { SelectRow } from '../../../components/form';
import { SETTINGS, checkSettingValue, type Setting } from '../../../domain/architecture/settings';
import type { ControlsProps } from './controlsProps';
import { JsonApplyCard } from './JsonApplyCard';

const POLICIES = SETTINGS.filter(
  (s): s is Extract<Setting, { kind: 'policy' }> => s.kind === 'policy',
);

/** The IAM, registry and bucket policies of the architecture, edited as JSON. */
export function PoliciesPanel({ scenario, apply }: ControlsProps) {
  const [chosen, setChosen] = useState(POLICIES[0]!.id);
  const setting = POLICIES.find((p) => p.id === chosen) ?? POLICIES[0]!;
  return (
    <JsonApplyCard
      id="arch-policies-heading"
      title="Policies"
      intro={
        <SelectRow
          id="arch-policy-pick"
          label="Policy"
          value={setting.id}
          onChange={setChosen}
          options={POLICIES.map((p) => ({ value: p.id, label: p.label }))}
        />
      }
      editorLabel={`${setting.label} (JSON)`}
      source={JSON.stringify(setting.get(scenario), null, 2)}
      check={(value) => checkSettingValue(scenario, setting, value, '')}
      applyLabel="Apply policy"
      onApply={(value) => apply({ type: 'setting.change', setting: setting.id, value })}
    />
  );
}
