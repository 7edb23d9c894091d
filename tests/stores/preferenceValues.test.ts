// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  applyPreferencesToDocument,
  readStoredPreferences,
} from '../../src/stores/preferenceValues';

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === PREFERENCES_KEY ? value : null),
});

describe('stored preferences, as the boot script reads them before the first paint', () => {
  it('reads what the preferences store persisted', () => {
    const entry = {
      state: { theme: 'dark', fontScale: 1.25, examTimeMultiplier: 1.5 },
      version: 1,
    };
    expect(readStoredPreferences(storage(JSON.stringify(entry)))).toEqual({
      theme: 'dark',
      fontScale: 1.25,
      examTimeMultiplier: 1.5,
    });
  });

  it('keeps only known values from a hand-edited entry, and survives a corrupt one', () => {
    const entry = { state: { theme: 'purple', fontScale: 3, examTimeMultiplier: 1.5 } };
    expect(readStoredPreferences(storage(JSON.stringify(entry)))).toEqual({
      ...DEFAULT_PREFERENCES,
      examTimeMultiplier: 1.5,
    });
    expect(readStoredPreferences(storage('{not json'))).toEqual(DEFAULT_PREFERENCES);
    expect(readStoredPreferences(storage('null'))).toEqual(DEFAULT_PREFERENCES);
    expect(readStoredPreferences(storage(null))).toEqual(DEFAULT_PREFERENCES);
  });

  it('applies the theme and font size to the root, and the system theme as no attribute', () => {
    const root = document.createElement('html');
    applyPreferencesToDocument(root, { theme: 'light', fontScale: 1.125 });
    expect(root.getAttribute('data-theme')).toBe('light');
    expect(root.style.getPropertyValue('--font-scale')).toBe('1.125');
    applyPreferencesToDocument(root, { theme: 'system', fontScale: 1 });
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});
