// The stored preferences as plain values, with no zustand: the store persists them, and
// theme-boot.js applies them to the page before its first paint.

export type Theme = 'light' | 'dark' | 'system';
export type FontScale = 1 | 1.125 | 1.25;

export interface PreferenceValues {
  theme: Theme;
  fontScale: FontScale;
  /** 1.5 grants the extra time AWS offers candidates taking the exam in a non-native language. */
  examTimeMultiplier: 1 | 1.5;
}

/** The localStorage key the preferences store persists under. */
export const PREFERENCES_KEY = 'artifact-lab:preferences';

export const DEFAULT_PREFERENCES: PreferenceValues = {
  theme: 'system',
  fontScale: 1,
  examTimeMultiplier: 1,
};

/** Keeps only known values: a hand-edited or corrupt entry must not break start-up. */
export function sanitizePreferences(
  persisted: unknown,
  current: PreferenceValues = DEFAULT_PREFERENCES,
): PreferenceValues {
  const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Partial<
    Record<keyof PreferenceValues, unknown>
  >;
  return {
    theme:
      p.theme === 'light' || p.theme === 'dark' || p.theme === 'system' ? p.theme : current.theme,
    fontScale: p.fontScale === 1.125 || p.fontScale === 1.25 ? p.fontScale : current.fontScale,
    examTimeMultiplier: p.examTimeMultiplier === 1.5 ? 1.5 : current.examTimeMultiplier,
  };
}

/** The preferences as the store left them in storage (its `{ state, version }` entry). */
export function readStoredPreferences(storage: Pick<Storage, 'getItem'>): PreferenceValues {
  try {
    const entry = JSON.parse(storage.getItem(PREFERENCES_KEY) ?? 'null') as { state?: unknown };
    return sanitizePreferences(entry?.state);
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/** Applies the preferences to the document root; at boot and on every change. */
export function applyPreferencesToDocument(
  root: HTMLElement,
  prefs: Pick<PreferenceValues, 'theme' | 'fontScale'>,
) {
  if (prefs.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', prefs.theme);
  root.style.setProperty('--font-scale', String(prefs.fontScale));
}
