import { useState } from 'react';
import { NumberRow, SelectRow, wholeIn } from '../../../components/form';

/** An Object Lock retention mode, or '' for none. */
type LockChoice = '' | 'GOVERNANCE' | 'COMPLIANCE';

const MODES = [{ value: '', label: 'none' }, 'GOVERNANCE', 'COMPLIANCE'] as const;

/** The retention being typed: the fields' values, and what they ask for. */
export function useRetention(initialMode: LockChoice) {
  const [mode, setMode] = useState<LockChoice>(initialMode);
  const [days, setDays] = useState<number | undefined>(30);
  const retainDays = wholeIn(days, 1, 36500);
  return {
    mode,
    setMode,
    days,
    setDays,
    retainDays,
    /** No mode, or a mode with a whole number of days. */
    valid: mode === '' || retainDays !== null,
    /** The lock to write: null without a mode (or while the days are not valid). */
    lock: mode && retainDays !== null ? { mode, retainDays } : null,
  };
}

export type Retention = ReturnType<typeof useRetention>;

/** Retention mode and period for a version written or changed under Object Lock. */
export function RetentionFields({
  idPrefix,
  retention,
  daysLabel = 'Retain for (days)',
}: {
  idPrefix: string;
  retention: Retention;
  daysLabel?: string;
}) {
  return (
    <>
      <SelectRow
        id={`${idPrefix}-mode`}
        label="Retention mode"
        value={retention.mode}
        onChange={retention.setMode}
        options={MODES}
      />
      <NumberRow
        id={`${idPrefix}-days`}
        label={daysLabel}
        value={retention.days}
        onChange={retention.setDays}
        min={1}
      />
    </>
  );
}
