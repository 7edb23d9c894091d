// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../content/scenarios/architecture.json';
import { parseArchitectureScenario } from '../../../src/domain/architecture/schema';
import { runRelease } from '../../../src/domain/architecture/release';

const base = parseArchitectureScenario(raw);

describe('runRelease', () => {
  it('runs the default scenario green', () => {
    const r = runRelease(base);
    for (const st of r.stages) console.log(st.id, st.ok, st.reason);
    expect(r.stages.map((s) => s.ok)).toEqual([true, true, true, true, true, true, true]);
  });
});
