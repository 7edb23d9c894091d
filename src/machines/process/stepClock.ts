/**
 * A simulated clock that fires timers one at a time, each at its own due time, so a timer set
 * while another fires counts from that moment — not from wherever a big jump landed (XState's
 * SimulatedClock starts such timers at the end of the jump). Recording a year of lifecycle in
 * one `advance` then gives every step at its real date.
 */
export class StepClock {
  private now = 0;
  private nextId = 0;
  private readonly timers = new Map<number, { due: number; fn: () => void }>();

  setTimeout(fn: () => void, timeout: number): number {
    const id = this.nextId++;
    this.timers.set(id, { due: this.now + timeout, fn });
    return id;
  }

  clearTimeout(id: number): void {
    this.timers.delete(id);
  }

  advance(ms: number): void {
    const target = this.now + ms;
    for (;;) {
      let first: [number, { due: number; fn: () => void }] | undefined;
      for (const entry of this.timers)
        if (entry[1].due <= target && (!first || entry[1].due < first[1].due)) first = entry;
      if (!first) break;
      this.timers.delete(first[0]);
      this.now = first[1].due;
      first[1].fn();
    }
    this.now = target;
  }
}
