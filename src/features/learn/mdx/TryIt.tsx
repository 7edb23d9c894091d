import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { simulatorById, simulatorRoute, type SimulatorId } from '../../../domain/simulators';

interface TryItProps {
  simulator: SimulatorId;
  challenge?: string;
  children?: ReactNode;
}

/** Opens the sandbox: a challenge when one is named, otherwise the simulator. */
export function TryIt({ simulator, challenge, children }: TryItProps) {
  const to = simulatorRoute(simulator, challenge);
  return (
    <p className="try-it">
      <Link className="button" to={to}>
        {children ?? `Try it in the ${simulatorById(simulator)?.title ?? 'sandbox'}`}
      </Link>
    </p>
  );
}
