import { FAULTS } from '../../../domain/architecture/faults';
import { findSetting } from '../../../domain/architecture/settings';
import type { ArchitectureAction } from '../../../domain/architecture/simulation';

function valueInWords(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  if (typeof value === 'object' && value !== null) return 'the policy shown in the solution';
  return String(value);
}

/** An action in words, as shown in a challenge's solution. */
export function describeArchitectureAction(a: ArchitectureAction): string {
  switch (a.type) {
    case 'release.run':
      return a.fromStart ? 'Run the whole release again' : 'Run release';
    case 'pipeline.run':
      return 'Run the Image Builder pipeline by hand';
    case 'clock.advance':
      return `Advance the clock by ${a.days} day${a.days === 1 ? '' : 's'}`;
    case 'fault.set':
      return `${a.on ? 'Switch on' : 'Switch off'} the fault “${FAULTS.find((f) => f.id === a.fault)?.label ?? a.fault}”`;
    case 'setting.change':
      return `Set “${findSetting(a.setting)?.label ?? a.setting}” to ${valueInWords(a.value)}`;
    case 'token.fetch':
      return `Fetch a CodeArtifact token with --duration-seconds ${a.durationSeconds}`;
    case 'signer.profile.revoke':
      return `Revoke the signing profile ${a.profile}`;
  }
}
