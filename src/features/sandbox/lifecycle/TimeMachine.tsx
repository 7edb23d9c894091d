import { useState } from 'react';
import { ActionForm, NumberInput, wholeIn } from '../../../components/form';
import { LIMITS } from '../../../domain/lifecycle/scenario';
import { clock } from './format';
import { Card } from '../../../components/Card';
import { Button } from '../../../components/Button';

interface Props {
  kind: 'ecr' | 's3';
  now: string;
  monthly: string;
  /** The engine is still working on an earlier action (off the main thread). */
  busy: boolean;
  onAdvance: (days: number) => void;
}

/** The simulated clock: lifecycle runs once a day, so moving it forward is what makes things happen. */
export function TimeMachine({ kind, now, monthly, busy, onAdvance }: Props) {
  const [custom, setCustom] = useState<number | undefined>(90);
  const days = wholeIn(custom, 1, LIMITS.advanceDays);
  const id = `${kind}-advance-days`;
  return (
    <Card id={`${kind}-clock-heading`} title="Time machine" className="lc-clock">
      <p className="lc-now" role="status">
        <span className="muted">Clock</span> <strong>{clock(now)}</strong> ·{' '}
        <span className="muted">storage</span> <strong>{monthly}</strong>
        <span className="muted"> a month</span>
        {busy && <span className="lc-working"> · running lifecycle…</span>}
      </p>
      <div className="button-row">
        {[1, 7, 30].map((d) => (
          <Button key={d} variant="primary" onClick={() => onAdvance(d)}>
            +{d} {d === 1 ? 'day' : 'days'}
          </Button>
        ))}
      </div>
      <ActionForm
        className="button-row lc-custom-advance"
        onSubmit={days !== null ? () => onAdvance(days) : null}
      >
        <label htmlFor={id}>Jump ahead (days)</label>
        <NumberInput id={id} min={1} max={LIMITS.advanceDays} value={custom} onChange={setCustom} />
        <button type="submit" className="button button-small" disabled={days === null}>
          Jump
        </button>
      </ActionForm>
      <p className="muted lc-note">
        {kind === 'ecr'
          ? 'ECR evaluates lifecycle policies about once a day; each day here is one run.'
          : 'S3 runs lifecycle once a day at midnight UTC; due dates round up to the next midnight.'}
      </p>
    </Card>
  );
}
