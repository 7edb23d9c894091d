import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  deleteSandboxSave,
  getSandboxSave,
  listSandboxSaves,
  saveSandbox,
  type SandboxSave,
  type SimulatorId,
} from '../../src/db/sandboxSaves';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const save = (id: string, simulator: SimulatorId, updatedAt: string): SandboxSave => ({
  id,
  simulator,
  name: `Scenario ${id}`,
  state: { nodes: [id] },
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt,
});

describe('sandboxSaves', () => {
  it('lists the saves of one simulator, most recently updated first', async () => {
    await saveSandbox(save('u1', 'upstream', '2025-01-01T00:00:00Z'));
    await saveSandbox(save('l1', 'lifecycle', '2025-01-05T00:00:00Z'));
    await saveSandbox(save('u3', 'upstream', '2025-01-03T00:00:00Z'));
    await saveSandbox(save('u2', 'upstream', '2025-01-02T00:00:00Z'));
    expect((await listSandboxSaves('upstream')).map((s) => s.id)).toEqual(['u3', 'u2', 'u1']);
    expect((await listSandboxSaves('lifecycle')).map((s) => s.id)).toEqual(['l1']);
    expect(await listSandboxSaves('access')).toEqual([]);
  });

  it('gets and deletes a save', async () => {
    await saveSandbox(save('a1', 'access', '2025-01-01T00:00:00Z'));
    expect(await getSandboxSave('a1')).toEqual(save('a1', 'access', '2025-01-01T00:00:00Z'));
    await deleteSandboxSave('a1');
    expect(await getSandboxSave('a1')).toBeUndefined();
  });
});
