import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { workerEngine } from '../../../../src/features/sandbox/frame/workerEngine';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
  vi.unstubAllGlobals();
});

/** A "worker" made of a message channel, its far end exposing a reducer that counts. */
function fakeWorker() {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  expose({ apply: (scenario: number, action: number) => ({ scenario: scenario + action }) }, port2);
  return port1 as unknown as Worker;
}

describe('workerEngine', () => {
  it('answers the machine through the worker, made once however often it is used', async () => {
    vi.stubGlobal('Worker', function Worker() {});
    const create = vi.fn(fakeWorker);
    const engine = workerEngine<number, number>(create);
    engine.start();
    const run = (action: number) =>
      toPromise(createActor(engine.applyInWorker, { input: { scenario: 1, action } }).start());
    await expect(run(2)).resolves.toEqual({ scenario: 3 });
    await expect(run(5)).resolves.toEqual({ scenario: 6 });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('makes nothing ahead of need where there are no workers', () => {
    vi.stubGlobal('Worker', undefined);
    const create = vi.fn(fakeWorker);
    workerEngine<number, number>(create).start();
    expect(create).not.toHaveBeenCalled();
  });
});
