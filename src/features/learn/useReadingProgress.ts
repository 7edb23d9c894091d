import { useEffect } from 'react';
import { recordReading } from '../../db/lessonProgress';

const SAVE_EVERY_MS = 1500;

/** Saves the furthest point read and the last section heading passed, throttled. */
export function useReadingProgress(slug: string, ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const save = () => {
      timer = null;
      const doc = document.documentElement;
      const scrollable = doc.scrollHeight - window.innerHeight;
      const fraction = scrollable <= 0 ? 1 : window.scrollY / scrollable;
      const headings = [...document.querySelectorAll<HTMLElement>('.lesson-body h2[id]')];
      const passed = headings
        .filter((h) => h.getBoundingClientRect().top < window.innerHeight * 0.3)
        .pop();
      void recordReading(slug, fraction, passed?.id ?? null, new Date().toISOString()).catch(
        () => undefined,
      );
    };
    const onScroll = () => {
      timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [slug, ready]);
}
