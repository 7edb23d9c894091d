import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  getLessonProgress,
  listLessonProgress,
  recordReading,
  setLessonComplete,
} from '../../src/db/lessonProgress';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('lessonProgress', () => {
  it('records reading and never moves the furthest point backwards', async () => {
    await recordReading('upstreams', 0.4, 'order', '2025-01-01T00:00:00Z');
    await recordReading('upstreams', 0.2, 'intro', '2025-01-02T00:00:00Z');
    expect(await getLessonProgress('upstreams')).toEqual({
      slug: 'upstreams',
      readFraction: 0.4,
      completedAt: null,
      lastSection: 'intro',
      updatedAt: '2025-01-02T00:00:00Z',
    });
    await recordReading('upstreams', 0.7, null, '2025-01-03T00:00:00Z');
    const row = await getLessonProgress('upstreams');
    expect(row?.readFraction).toBe(0.7);
    expect(row?.lastSection).toBe('intro'); // null keeps the last known section
  });

  it('clamps the fraction to [0, 1]', async () => {
    await recordReading('signer', 1.8, null, '2025-01-01T00:00:00Z');
    expect((await getLessonProgress('signer'))?.readFraction).toBe(1);
    await recordReading('image-builder', -0.5, null, '2025-01-01T00:00:00Z');
    expect((await getLessonProgress('image-builder'))?.readFraction).toBe(0);
  });

  it('keeps completedAt when reading is recorded afterwards', async () => {
    await setLessonComplete('upstreams', true, '2025-02-01T00:00:00Z');
    await recordReading('upstreams', 0.1, 'summary', '2025-02-02T00:00:00Z');
    const row = await getLessonProgress('upstreams');
    expect(row?.completedAt).toBe('2025-02-01T00:00:00Z');
    expect(row?.readFraction).toBe(1);
  });

  it('marks a lesson complete and not complete', async () => {
    await recordReading('upstreams', 0.3, 'order', '2025-03-01T00:00:00Z');
    await setLessonComplete('upstreams', true, '2025-03-02T00:00:00Z');
    expect(await getLessonProgress('upstreams')).toMatchObject({
      readFraction: 1,
      completedAt: '2025-03-02T00:00:00Z',
      lastSection: 'order',
    });
    await setLessonComplete('upstreams', false, '2025-03-03T00:00:00Z');
    expect(await getLessonProgress('upstreams')).toMatchObject({
      readFraction: 1,
      completedAt: null,
      updatedAt: '2025-03-03T00:00:00Z',
    });
    await setLessonComplete('signer', false, '2025-03-03T00:00:00Z');
    expect(await getLessonProgress('signer')).toMatchObject({
      readFraction: 0,
      completedAt: null,
      lastSection: null,
    });
    expect((await listLessonProgress()).map((r) => r.slug).sort()).toEqual(['signer', 'upstreams']);
  });
});
