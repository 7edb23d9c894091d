import { describe, expect, it } from 'vitest';
import {
  SIMULATOR_LIST,
  SIMULATORS,
  simulatorById,
  simulatorRoute,
  simulatorTitle,
} from '../../src/domain/simulators';

describe('the simulator registry', () => {
  it('lists each simulator once, the architecture sandbox first', () => {
    expect(SIMULATORS).toEqual(['architecture', 'upstream', 'lifecycle', 'access']);
    expect(new Set(SIMULATOR_LIST.map((s) => s.title)).size).toBe(SIMULATOR_LIST.length);
    expect(simulatorTitle('architecture')).toBe('Architecture sandbox');
  });

  it('finds a simulator by id, and nothing for an unknown one', () => {
    expect(simulatorById('access')?.lesson).toBe('cross-account');
    expect(simulatorById('coming-soon')).toBeUndefined();
    expect(simulatorById('toString')).toBeUndefined();
  });

  it('opens a simulator, or one of its challenges with the id encoded', () => {
    expect(simulatorRoute('upstream')).toBe('/sandbox/upstream');
    expect(simulatorRoute('lifecycle', 'a b')).toBe('/sandbox/lifecycle/a%20b');
  });
});
