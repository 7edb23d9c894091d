import { describe, expect, it } from 'vitest';
import architecture from '../../content/scenarios/architecture.json';
import lifecycle from '../../content/scenarios/lifecycle.json';
import upstream from '../../content/scenarios/upstream.json';
import { parseArchitectureScenario } from '../../src/domain/architecture/schema';
import { parseUpstreamScenario } from '../../src/domain/codeartifact/challenge';
import { parseLifecycleScenario } from '../../src/domain/lifecycle/challenge';

// The architecture, lifecycle and upstream simulators use their bundled default scenario without parsing
// it at load; that is sound only while the file is exactly what its parser would make of it.
describe('default scenarios stored in parsed form', () => {
  it.each([
    ['architecture', architecture, parseArchitectureScenario],
    ['lifecycle', lifecycle, parseLifecycleScenario],
    ['upstream', upstream, parseUpstreamScenario],
  ] as const)('%s.json equals its parsed form', (_name, json, parse) => {
    expect(parse(json)).toEqual(json);
  });
});
