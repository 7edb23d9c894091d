import { NumberRow, SelectRow } from '../../../components/form';

/** An Object Lock retention mode, or '' for none. */
export type LockChoice = '' | 'GOVERNANCE' | 'COMPLIANCE';

const MODES = [{ value: '', label: 'none' }, 'GOVERNANCE', 'COMPLIANCE'] as const;

interface RetentionFieldsProps {
  idPrefix: string;
  mode: LockChoice;
  onMode: (mode: LockChoice) => void;
  days: number | undefined;
  onDays: (days: number | undefined) => void;
  daysLabel?: string;
}

/** Retention mode and period for a version written or changed under Object Lock. */
export function RetentionFields({
  idPrefix,
  mode,
  onMode,
  days,
  onDays,
  daysLabel = 'Retain for (days)',
}: RetentionFieldsProps) {
  return (
    <>
      <SelectRow
        id={`${idPrefix}-mode`}
        label="Retention mode"
        value={mode}
        onChange={onMode}
        options={MODES}
      />
      <NumberRow id={`${idPrefix}-days`} label={daysLabel} value={days} onChange={onDays} min={1} />
    </>
  );
}
