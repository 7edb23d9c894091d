import { Card } from '../../../components/Card';
import { CheckboxRow } from '../../../components/form';
import { FAULTS } from '../../../domain/architecture/faults';
import type { ControlsProps } from './controlsProps';

/** One checkbox per fault: a real misconfiguration applied while it is on. */
export function FaultsPanel({ scenario, apply }: ControlsProps) {
  return (
    <Card id="arch-faults-heading" title="Faults">
      <p className="muted">
        Switch one on, run the release, and read the trace: each fails at its own stage.
      </p>
      <div className="arch-faults">
        {FAULTS.map((f) => (
          <CheckboxRow
            key={f.id}
            id={`fault-${f.id}`}
            label={f.label}
            hint={`Shows at: ${f.stage}`}
            checked={scenario.faults.includes(f.id)}
            onChange={(on) => apply({ type: 'fault.set', fault: f.id, on })}
          />
        ))}
      </div>
    </Card>
  );
}
