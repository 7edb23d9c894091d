import { useEffect, useState } from 'react';
import { persistenceState, type PersistenceState } from '../../db/open';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { usePreferences, type FontScale, type Theme } from '../../stores/preferences';
import { useUi } from '../../stores/ui';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const SCALES: { value: FontScale; label: string }[] = [
  { value: 1, label: 'Normal' },
  { value: 1.125, label: 'Large' },
  { value: 1.25, label: 'Larger' },
];

const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
  persisted: 'Persistent: the browser will not evict your progress to free space.',
  'not-persisted':
    'Best effort: the browser may clear your progress under storage pressure. Export it now and then.',
  unsupported: 'This browser does not report whether storage is persistent.',
};

export default function SettingsPage() {
  useDocumentTitle('Settings');
  const { theme, setTheme, fontScale, setFontScale, examTimeMultiplier, setExamTimeMultiplier } = usePreferences();
  const storage = useUi((s) => s.storage);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  useEffect(() => {
    void persistenceState().then(setPersistence);
  }, []);

  return (
    <div className="stack">
      <h1>Settings</h1>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} className="choice">
            <input type="radio" name="theme" value={t.value} checked={theme === t.value} onChange={() => setTheme(t.value)} />
            <span>{t.label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Text size</legend>
        {SCALES.map((s) => (
          <label key={s.value} className="choice">
            <input type="radio" name="font-scale" checked={fontScale === s.value} onChange={() => setFontScale(s.value)} />
            <span>{s.label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Exam timing</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={examTimeMultiplier === 1.5}
            onChange={(e) => setExamTimeMultiplier(e.target.checked ? 1.5 : 1)}
          />
          <span>
            Give me 1.5× time in timed exams (AWS grants 30 extra minutes to candidates taking the
            exam in a language that is not their first).
          </span>
        </label>
      </fieldset>
      <section className="card" aria-labelledby="storage-heading">
        <h2 id="storage-heading">Your data</h2>
        <p>
          Everything you do is stored only in this browser.{' '}
          {storage === 'unavailable' ? 'Right now it is kept in memory only and is lost when you close the tab.' : ''}
        </p>
        <p>{persistence ? PERSISTENCE_TEXT[persistence] : 'Checking storage…'}</p>
      </section>
    </div>
  );
}
