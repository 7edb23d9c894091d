/** What a setting of the architecture is: its kind decides its control and the values it takes. */
import type { PolicyInput } from '../access';
import type { ArchitectureScenario } from './types';

export type SettingValue = boolean | number | string | string[] | PolicyInput;

export interface Option {
  value: string;
  label: string;
}

interface Common<V extends SettingValue> {
  id: string;
  label: string;
  /** Which part of the diagram it belongs to. */
  lane: 'build' | 'registry' | 'bucket' | 'pipeline' | 'workload';
  traps: string[];
  get: (s: ArchitectureScenario) => V;
  set: (s: ArchitectureScenario, value: V) => ArchitectureScenario;
}

export type Setting =
  | (Common<boolean> & { kind: 'boolean' })
  | (Common<string> & { kind: 'choice'; options: (s: ArchitectureScenario) => Option[] })
  | (Common<number> & { kind: 'number'; min: number; max: number; unit: string })
  | (Common<string[]> & { kind: 'set'; options: (s: ArchitectureScenario) => Option[] })
  | (Common<PolicyInput> & { kind: 'policy'; policyKind: 'identity' | 'resource' });
