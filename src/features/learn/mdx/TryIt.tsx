import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

const NAMES = {
  architecture: 'architecture sandbox',
  upstream: 'CodeArtifact upstream simulator',
  lifecycle: 'lifecycle simulator',
  access: 'cross-account access simulator',
} as const;

interface TryItProps {
  simulator: keyof typeof NAMES;
  challenge?: string;
  children?: ReactNode;
}

/** Opens the sandbox: a challenge when one is named, otherwise the simulator. */
export function TryIt({ simulator, challenge, children }: TryItProps) {
  const to = `/sandbox/${simulator}${challenge ? `?challenge=${encodeURIComponent(challenge)}` : ''}`;
  return (
    <p className="try-it">
      <Link className="button" to={to}>
        {children ?? `Try it in the ${NAMES[simulator]}`}
      </Link>
    </p>
  );
}
