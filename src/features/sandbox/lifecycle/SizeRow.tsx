import { NumberRow } from '../../../components/form';
import { MB } from './format';

/** A size typed in MB (decimals allowed), as the image and object forms ask for it. */
export function SizeRow({
  id,
  value,
  onChange,
}: {
  id: string;
  value: number | undefined;
  onChange: (mb: number | undefined) => void;
}) {
  return (
    <NumberRow id={id} label="Size (MB)" value={value} onChange={onChange} min={0} step="any" />
  );
}

/** The bytes of a size typed in MB, or null when the field holds no size. */
export const bytesOfMb = (mb: number | undefined) =>
  mb !== undefined && Number.isFinite(mb) && mb >= 0 ? Math.round(mb * MB) : null;
