import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  sanitizePreferences,
  type FontScale,
  type PreferenceValues,
  type Theme,
} from './preferenceValues';

export type { FontScale, Theme } from './preferenceValues';
export { applyPreferencesToDocument } from './preferenceValues';

interface Preferences extends PreferenceValues {
  setTheme: (theme: Theme) => void;
  setFontScale: (scale: FontScale) => void;
  setExamTimeMultiplier: (multiplier: 1 | 1.5) => void;
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFERENCES,
      setTheme: (theme) => set({ theme }),
      setFontScale: (fontScale) => set({ fontScale }),
      setExamTimeMultiplier: (examTimeMultiplier) => set({ examTimeMultiplier }),
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      merge: (persisted, current) => ({ ...current, ...sanitizePreferences(persisted, current) }),
    },
  ),
);
