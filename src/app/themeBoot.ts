// Built on its own into a tiny classic script that the HTML loads in <head>, before the body is
// parsed: the stored theme and font size apply before the first paint, so a prerendered page
// never flashes the other theme; a simulator opened with a share link (or a challenge in the
// query) is marked, so the default scenario prerendered under its intro is not shown before the
// app shows that start.
// It must import nothing that pulls in other code (it is built on its own, see the plugin).
import { markPendingStart } from '../components/prerenderMarker';
import { applyPreferencesToDocument, readStoredPreferences } from '../stores/preferenceValues';

try {
  applyPreferencesToDocument(document.documentElement, readStoredPreferences(localStorage));
} catch {
  // No localStorage (blocked by the browser): the system theme stays.
}
markPendingStart(document.documentElement, window.location);
