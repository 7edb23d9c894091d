import { useState } from 'react';
import { CheckboxRow, NumberRow, SelectRow, wholeIn } from '../../../components/form';
import type { Setting } from '../../../domain/architecture/settings';
import type { ControlsProps } from './controlsProps';
import { Button } from '../../../components/Button';

/** One setting as the control its kind calls for; each change is one step of the history. */
export function SettingControl({
  setting,
  scenario,
  apply,
}: ControlsProps & { setting: Exclude<Setting, { kind: 'policy' }> }) {
  const id = `setting-${setting.id.replace(/\./g, '-')}`;
  const change = (value: unknown) => apply({ type: 'setting.change', setting: setting.id, value });
  switch (setting.kind) {
    case 'boolean':
      return (
        <CheckboxRow
          id={id}
          label={setting.label}
          checked={setting.get(scenario)}
          onChange={change}
        />
      );
    case 'choice':
      return (
        <SelectRow
          id={id}
          label={setting.label}
          value={setting.get(scenario)}
          onChange={change}
          options={setting.options(scenario)}
        />
      );
    case 'set': {
      const chosen = setting.get(scenario);
      return (
        <fieldset className="arch-set">
          <legend>{setting.label}</legend>
          {setting.options(scenario).map((o) => (
            <CheckboxRow
              key={o.value}
              id={`${id}-${o.value.replace(/[^a-z0-9]/gi, '-')}`}
              label={o.label}
              checked={chosen.includes(o.value)}
              onChange={(on) =>
                change(on ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))
              }
            />
          ))}
        </fieldset>
      );
    }
    case 'number':
      return (
        <NumberSetting id={id} setting={setting} value={setting.get(scenario)} onSet={change} />
      );
  }
}

function NumberSetting({
  id,
  setting,
  value,
  onSet,
}: {
  id: string;
  setting: Extract<Setting, { kind: 'number' }>;
  value: number;
  onSet: (value: number) => void;
}) {
  const [draft, setDraft] = useState<number | undefined>(value);
  const whole = wholeIn(draft, setting.min, setting.max);
  return (
    <div className="arch-number">
      <NumberRow
        id={id}
        label={`${setting.label} (${setting.unit})`}
        value={draft}
        onChange={setDraft}
        min={setting.min}
        max={setting.max}
        error={whole === null ? `A whole number from ${setting.min} to ${setting.max}.` : undefined}
      />
      <Button
        small
        disabled={whole === null || whole === value}
        onClick={() => whole !== null && onSet(whole)}
      >
        Set
      </Button>
    </div>
  );
}
