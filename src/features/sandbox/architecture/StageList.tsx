import { STAGES } from '../../../domain/architecture/release';
import { TITLES } from '../../../domain/architecture/stages/result';
import type { ArchitectureScenario } from '../../../domain/architecture/types';

/** The release stages with how each went in the last run, in words first and colour second. */
export function StageList({ scenario }: { scenario: ArchitectureScenario }) {
  return (
    <ol className="arch-stages" aria-label="Release stages">
      {STAGES.map((id) => {
        const record = scenario.lastRun?.[id];
        const status = record?.status ?? 'not run';
        return (
          <li key={id} className={`arch-stage arch-stage-${status.replace(' ', '-')}`}>
            <span className="arch-stage-name">{TITLES[id]}</span>{' '}
            <span className="arch-stage-status">{status}</span>
            {record?.reason && <span className="arch-stage-reason">{record.reason}</span>}
          </li>
        );
      })}
    </ol>
  );
}
