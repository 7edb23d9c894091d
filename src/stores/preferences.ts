import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type Theme = 'light' | 'dark' | 'system';
export type FontScale = 1 | 1.125 | 1.25;

interface Preferences {
  theme: Theme;
  fontScale: FontScale;
  /** 1.5 grants the extra time AWS offers candidates taking the exam in a non-native language. */
  examTimeMultiplier: 1 | 1.5;
  setTheme: (theme: Theme) => void;
  setFontScale: (scale: FontScale) => void;
  setExamTimeMultiplier: (multiplier: 1 | 1.5) => void;
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      theme: 'system',
      fontScale: 1,
      examTimeMultiplier: 1,
      setTheme: (theme) => set({ theme }),
      setFontScale: (fontScale) => set({ fontScale }),
      setExamTimeMultiplier: (examTimeMultiplier) => set({ examTimeMultiplier }),
    }),
    {
      name: 'artifact-lab:preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // A hand-edited or corrupt entry must not break start-up: keep only known values.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<Preferences>;
        return {
          ...current,
          theme:
            p.theme === 'light' || p.theme === 'dark' || p.theme === 'system'
              ? p.theme
              : current.theme,
          fontScale:
            p.fontScale === 1.125 || p.fontScale === 1.25 ? p.fontScale : current.fontScale,
          examTimeMultiplier: p.examTimeMultiplier === 1.5 ? 1.5 : current.examTimeMultiplier,
        };
      },
    },
  ),
);

/** Applies the preferences to the document root; called once at start-up and on every change. */
export function applyPreferencesToDocument(
  root: HTMLElement,
  prefs: Pick<Preferences, 'theme' | 'fontScale'>,
) {
  if (prefs.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', prefs.theme);
  root.style.setProperty('--font-scale', String(prefs.fontScale));
}
