import { describe, expect, it, vi } from 'vitest';
import { createMachine } from 'xstate';
import { lazyMachine } from '../../../src/machines/process/lazyMachine';
import { processMachine } from '../../../src/machines/process';

describe('lazyMachine', () => {
  it('builds the machine on first use only, and then always returns that one', () => {
    const build = vi.fn(() => createMachine({ id: 'm', initial: 'a', states: { a: {} } }));
    const machine = lazyMachine(build);
    expect(build).not.toHaveBeenCalled();
    const first = machine();
    expect(machine()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('gives every process machine by the id a simulation step names', () => {
    expect(processMachine('releaseRun').id).toBe('releaseRun');
    expect(processMachine('packageRequest').id).toBe('packageRequest');
    expect(processMachine('scan')).toBe(processMachine('scan'));
  });
});
