// @vitest-environment node
import { it } from 'vitest';
import raw from '../../../content/scenarios/architecture.json';
import { parseArchitectureScenario } from '../../../src/domain/architecture/schema';
import { runRelease } from '../../../src/domain/architecture/release';
import { FAULTS } from '../../../src/domain/architecture/faults';
const base = parseArchitectureScenario(raw);
it('faults', () => {
  for (const f of FAULTS) {
    const r = runRelease({ ...base, faults: [f.id] });
    const failed = r.stages.find((s) => !s.ok);
    console.log(f.id, '→', failed ? `${failed.id}: ${failed.reason.slice(0, 160)}` : `green; last: ${r.stages.at(-1)?.reason.slice(0,80)}`);
  }
});
