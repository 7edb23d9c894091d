import { Card } from '../../../components/Card';
import { SelectRow, useChoice } from '../../../components/form';
import type { ControlsProps } from './controlsProps';
import { Button } from '../../../components/Button';

const CLOCK = [
  { days: 1, label: '+1 day' },
  { days: 30, label: '+30 days' },
  { days: 365, label: '+1 year' },
];

// aws codeartifact get-authorization-token --duration-seconds: the shortest and the default
const TOKENS = [
  { seconds: 900, label: '15-minute' },
  { seconds: 43_200, label: '12-hour' },
];

/** Run the release or the pipeline, move the clock, fetch a token, revoke a profile. */
export function RunPanel({ scenario, apply }: ControlsProps) {
  const profiles = scenario.tooling.signer.profiles.filter((p) => p.status === 'Active');
  const names = profiles.map((p) => p.profileName);
  const [chosen, setProfile] = useChoice(names);
  return (
    <Card id="arch-run-heading" title="Run">
      <div className="button-row">
        <Button variant="primary" onClick={() => apply({ type: 'release.run' })}>
          Run release
        </Button>
        <Button onClick={() => apply({ type: 'release.run', fromStart: true })}>
          Run the whole release again
        </Button>
        <Button onClick={() => apply({ type: 'pipeline.run' })}>
          Run the Image Builder pipeline
        </Button>
      </div>
      <p className="muted">
        A run resumes at the stage that failed last time, as a retried pipeline stage does.
      </p>
      <div className="button-row" role="group" aria-label="Clock">
        {CLOCK.map((c) => (
          <Button key={c.days} small onClick={() => apply({ type: 'clock.advance', days: c.days })}>
            {c.label}
          </Button>
        ))}
      </div>
      <div className="button-row" role="group" aria-label="CodeArtifact token">
        {TOKENS.map((t) => (
          <Button
            key={t.seconds}
            small
            onClick={() => apply({ type: 'token.fetch', durationSeconds: t.seconds })}
          >
            Fetch a {t.label} token
          </Button>
        ))}
      </div>
      {profiles.length > 0 && (
        <div className="arch-revoke">
          <SelectRow
            id="arch-revoke-profile"
            label="Signing profile"
            value={chosen}
            onChange={setProfile}
            options={names}
          />
          <Button small onClick={() => apply({ type: 'signer.profile.revoke', profile: chosen })}>
            Revoke profile
          </Button>
        </div>
      )}
    </Card>
  );
}
