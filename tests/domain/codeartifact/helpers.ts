import type {
  CodeArtifactDomain,
  PackageOriginControls,
  PackageRef,
} from '../../../src/domain/codeartifact';
import { isPackageFormatForTests } from './formats';

/** `npm/@scope/name` → { format: 'npm', name: '@scope/name' } */
export function ref(key: string): PackageRef {
  const slash = key.indexOf('/');
  const format = key.slice(0, slash);
  if (slash <= 0 || !isPackageFormatForTests(format)) throw new Error(`bad package key ${key}`);
  return { format, name: key.slice(slash + 1) };
}

/** Freezes every object and array so that any mutation by the engine throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// Scenario edits the docs describe happening outside CodeArtifact requests (deleting a
// version, disconnecting an upstream, an outage ending…). Each returns a new domain.

export type Edit =
  | { deleteVersion: { repo: string; package: string; version: string } }
  | { setUpstreams: { repo: string; upstreams: string[] } }
  | { deleteRepository: string }
  | { registryAvailable: { registry: string; available: boolean } }
  | { setOrigin: { repo: string; package: string; origin: PackageOriginControls } };

export function applyEdit(domain: CodeArtifactDomain, edit: Edit): CodeArtifactDomain {
  const next = structuredClone(domain);
  if ('deleteVersion' in edit) {
    const { repo, package: key, version } = edit.deleteVersion;
    const record = next.repositories[repo]?.packages[key];
    if (!record) throw new Error(`no ${key} in ${repo}`);
    record.versions = record.versions.filter((v) => v !== version);
  } else if ('setUpstreams' in edit) {
    const repository = next.repositories[edit.setUpstreams.repo];
    if (!repository) throw new Error(`no ${edit.setUpstreams.repo}`);
    repository.upstreams = edit.setUpstreams.upstreams;
  } else if ('deleteRepository' in edit) {
    delete next.repositories[edit.deleteRepository];
  } else if ('registryAvailable' in edit) {
    const registry = next.registries[edit.registryAvailable.registry];
    if (!registry) throw new Error(`no ${edit.registryAvailable.registry}`);
    registry.available = edit.registryAvailable.available;
  } else {
    const { repo, package: key, origin } = edit.setOrigin;
    const repository = next.repositories[repo];
    if (!repository) throw new Error(`no ${repo}`);
    repository.packages[key] = { versions: repository.packages[key]?.versions ?? [], origin };
  }
  return next;
}
