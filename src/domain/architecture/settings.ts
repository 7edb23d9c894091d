/**
 * The knobs of the architecture a learner (or a challenge) changes: each is one real setting —
 * a CodeBuild project option, a VPC endpoint, an ECR repository or registry setting, a bucket's
 * default encryption, a Lambda code signing policy, an Image Builder start condition — read from
 * and written to the scenario, so a fix is made the way it is made in AWS.
 */
import type { PolicyInput } from '../access';
import { normalizePolicy } from '../access/parse';
import { PolicyError } from '../errors';
import type { Setting, SettingValue } from './setting-types';
import { BUILD_SETTINGS } from './settings-build';
import { REGISTRY_SETTINGS } from './settings-registry';
import { WORKLOAD_SETTINGS } from './settings-workload';
import type { ArchitectureScenario } from './types';

export type { Setting, SettingValue } from './setting-types';

export const SETTINGS: Setting[] = [...BUILD_SETTINGS, ...REGISTRY_SETTINGS, ...WORKLOAD_SETTINGS];

export const SETTING_IDS = SETTINGS.map((s) => s.id);
const byId = new Map(SETTINGS.map((s) => [s.id, s]));

export function findSetting(id: string): Setting | undefined {
  return byId.get(id);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value checked against the setting's kind and options; a PolicyError at `path` says what is
 * wrong. Policies must be documents the access engine reads.
 */
export function checkSettingValue(
  s: ArchitectureScenario,
  setting: Setting,
  value: unknown,
  path: string,
): SettingValue {
  switch (setting.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw new PolicyError(path, 'must be true or false');
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new PolicyError(path, 'must be a number');
      if (value < setting.min || value > setting.max)
        throw new PolicyError(path, `must be between ${setting.min} and ${setting.max}`);
      return value;
    case 'choice': {
      const allowed = setting.options(s).map((o) => o.value);
      if (typeof value !== 'string' || !allowed.includes(value))
        throw new PolicyError(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
      return value;
    }
    case 'set': {
      const allowed = setting.options(s).map((o) => o.value);
      if (!Array.isArray(value)) throw new PolicyError(path, 'must be a list');
      value.forEach((v, i) => {
        if (typeof v !== 'string' || !allowed.includes(v))
          throw new PolicyError(`${path}[${i}]`, `must be one of ${allowed.join(', ')}`);
      });
      return value as string[];
    }
    case 'policy':
      if (!isObject(value)) throw new PolicyError(path, 'must be a policy document (an object)');
      normalizePolicy(value, { kind: setting.policyKind, path });
      return value as PolicyInput;
  }
}

/** Applies a checked value (the caller checked it with checkSettingValue). */
export function applySetting(
  s: ArchitectureScenario,
  setting: Setting,
  value: SettingValue,
): ArchitectureScenario {
  return (setting.set as (s: ArchitectureScenario, v: SettingValue) => ArchitectureScenario)(
    s,
    value,
  );
}

/** How a value reads in the event log. */
export function describeSettingValue(
  s: ArchitectureScenario,
  setting: Setting,
  value: SettingValue,
): string {
  switch (setting.kind) {
    case 'boolean':
      return value ? 'on' : 'off';
    case 'choice':
      return setting.options(s).find((o) => o.value === value)?.label ?? String(value);
    case 'set': {
      const labels = setting
        .options(s)
        .filter((o) => (value as string[]).includes(o.value))
        .map((o) => o.label);
      return labels.length ? labels.join(', ') : 'none';
    }
    case 'number':
      return `${String(value)} ${setting.unit}`;
    case 'policy':
      return 'edited';
  }
}
