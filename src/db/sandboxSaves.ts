import { db } from './database';
import type { SandboxSave, SimulatorId } from './types';

export type { SandboxSave, SimulatorId };

export function saveSandbox(save: SandboxSave) {
  return db.sandboxSaves.put(save);
}

export function listSandboxSaves(simulator: SimulatorId) {
  return db.sandboxSaves.where('simulator').equals(simulator).reverse().sortBy('updatedAt');
}

export function getSandboxSave(id: string) {
  return db.sandboxSaves.get(id);
}

export function deleteSandboxSave(id: string) {
  return db.sandboxSaves.delete(id);
}
