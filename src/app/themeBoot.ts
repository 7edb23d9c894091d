// Built on its own into a tiny classic script that the HTML loads in <head>, before the body is
// parsed: the stored theme and font size apply before the first paint, so a prerendered page
// never flashes the other theme. It must import nothing but plain values (see vite config).
import { applyPreferencesToDocument, readStoredPreferences } from '../stores/preferenceValues';

try {
  applyPreferencesToDocument(document.documentElement, readStoredPreferences(localStorage));
} catch {
  // No localStorage (blocked by the browser): the system theme stays.
}
