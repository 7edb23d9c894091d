import { Card } from '../../../components/Card';
import { SETTINGS, type Setting } from '../../../domain/architecture/settings';
import type { ControlsProps } from './controlsProps';
import { SettingControl } from './SettingControl';

const LANES: { lane: Setting['lane']; title: string }[] = [
  { lane: 'build', title: 'Build (tooling account)' },
  { lane: 'registry', title: 'Registry (tooling account)' },
  { lane: 'bucket', title: 'Artifact bucket' },
  { lane: 'pipeline', title: 'Image Builder' },
  { lane: 'workload', title: 'Workload account' },
];

/** Every knob except the policies (those are edited as JSON), grouped by where it lives. */
export function SettingsPanel({ scenario, apply }: ControlsProps) {
  return (
    <Card id="arch-settings-heading" title="Settings">
      {LANES.map(({ lane, title }) => (
        <section key={lane} className="arch-settings-lane" aria-label={title}>
          <h3>{title}</h3>
          {SETTINGS.filter(
            (s): s is Exclude<Setting, { kind: 'policy' }> =>
              s.lane === lane && s.kind !== 'policy',
          ).map((s) => (
            <SettingControl key={s.id} setting={s} scenario={scenario} apply={apply} />
          ))}
        </section>
      ))}
    </Card>
  );
}
