// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/app/afterFirstPaint';

type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

let observers: { callback: Callback; disconnected: boolean }[] = [];

class FakePerformanceObserver {
  static supportedEntryTypes = ['paint'];
  private readonly entry: { callback: Callback; disconnected: boolean };
  constructor(callback: Callback) {
    this.entry = { callback, disconnected: false };
    observers.push(this.entry);
  }
  observe() {}
  disconnect() {
    this.entry.disconnected = true;
  }
}

const paint = (name: string) =>
  observers[0]!.callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) });

beforeEach(() => {
  observers = [];
  vi.useFakeTimers();
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('runs once the first contentful paint is reported, and only once', () => {
    const run = vi.fn();
    afterFirstPaint(run);
    paint('first-paint');
    expect(run).not.toHaveBeenCalled();
    paint('first-contentful-paint');
    paint('first-contentful-paint');
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('runs after the safety net when no paint is reported', () => {
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(1999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once where paint timing cannot be observed', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const run = vi.fn();
    afterFirstPaint(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs when the tab is hidden, which will not paint', () => {
    const run = vi.fn();
    afterFirstPaint(run);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
