import { usePreferences, type Theme } from '../stores/preferences';
import { Button } from '../components/Button';

const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Cycles system → light → dark; the full choice lives in Settings. */
export function ThemeToggle() {
  const theme = usePreferences((p) => p.theme);
  const setTheme = usePreferences((p) => p.setTheme);
  return (
    <Button
      small
      onClick={() => setTheme(NEXT[theme])}
      aria-label={`Theme: ${LABEL[theme]}. Switch to ${LABEL[NEXT[theme]]}`}
    >
      {LABEL[theme]}
    </Button>
  );
}
