import { useState } from 'react';
import { NumberRow } from '../../../components/form';
import type { UpstreamScenario } from '../../../domain/codeartifact/scenario';
import type { ControlsProps } from './controlsProps';
import { Card } from '../../../components/Card';
import { Button } from '../../../components/Button';

function timeLeft(s: UpstreamScenario): string {
  if (!s.token) return 'No token yet.';
  if (s.token.expiresAt === null) return 'Token lasts as long as the role session.';
  const seconds = Math.round((Date.parse(s.token.expiresAt) - Date.parse(s.now)) / 1000);
  if (seconds <= 0)
    return `Token expired at ${s.token.expiresAt.replace('T', ' ').slice(0, 16)} UTC.`;
  return `Token valid for ${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min more.`;
}

/** The build's CodeArtifact token and the simulated clock that makes it expire. */
export function TokenAndClock({ scenario, apply }: ControlsProps) {
  const [duration, setDuration] = useState<number | undefined>(undefined);
  return (
    <Card id="token-heading" title="Token and clock">
      <p role="status">
        {scenario.now.replace('T', ' ').slice(0, 16)} UTC · {timeLeft(scenario)}
      </p>
      <NumberRow
        id="token-duration"
        label="--duration-seconds (empty = default)"
        value={duration}
        onChange={setDuration}
        placeholder="43200"
      />
      <div className="button-row">
        <Button
          onClick={() =>
            apply(
              duration === undefined
                ? { type: 'token.issue' }
                : { type: 'token.issue', durationSeconds: duration },
            )
          }
        >
          Get a new token
        </Button>
        {[3600, 12 * 3600, 86400].map((s) => (
          <Button key={s} small onClick={() => apply({ type: 'clock.advance', seconds: s })}>
            +{s / 3600} h
          </Button>
        ))}
      </div>
    </Card>
  );
}
