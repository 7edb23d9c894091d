import { Button } from '../../../components/Button';
interface HistoryControlsProps {
  index: number;
  length: number;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
  onGoto: (index: number) => void;
}

/** Undo, redo, reset and a slider through every state reached. */
export function HistoryControls({
  index,
  length,
  onUndo,
  onRedo,
  onReset,
  onGoto,
}: HistoryControlsProps) {
  return (
    <div className="history-controls" role="group" aria-label="History">
      <Button small onClick={onUndo} disabled={index === 0}>
        Undo
      </Button>
      <Button small onClick={onRedo} disabled={index >= length - 1}>
        Redo
      </Button>
      <Button small onClick={onReset} disabled={length === 1}>
        Reset
      </Button>
      <label className="history-slider">
        <span>
          Step {index} of {length - 1}
        </span>
        <input
          type="range"
          min={0}
          max={length - 1}
          value={index}
          onChange={(e) => onGoto(Number(e.target.value))}
          aria-valuetext={`Step ${index} of ${length - 1}`}
          disabled={length === 1}
        />
      </label>
    </div>
  );
}
