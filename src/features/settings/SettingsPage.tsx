import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { DataPanel, downloadExport } from '../../components/data/DataPanel';
import { Dialog } from '../../components/Dialog';
import { RadioGroup } from '../../components/form';
import { db } from '../../db/database';
import { deleteAllData } from '../../db/exportImport';
import { persistenceState, type PersistenceState } from '../../db/open';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { usePreferences, type FontScale, type Theme } from '../../stores/preferences';
import { useUi } from '../../stores/ui';
import { Button } from '../../components/Button';

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
  const { theme, setTheme, fontScale, setFontScale, examTimeMultiplier, setExamTimeMultiplier } =
    usePreferences();
  const storage = useUi((s) => s.storage);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const [confirming, setConfirming] = useState(false);
  const navigate = useNavigate();
  const counts = useLiveQuery(async () => ({
    attempts: await db.attempts.count(),
    reviewCards: await db.reviewCards.count(),
    lessons: await db.lessonProgress.count(),
    saves: await db.sandboxSaves.count(),
  }));
  useEffect(() => {
    void persistenceState().then(setPersistence);
  }, []);

  return (
    <div className="stack">
      <h1>Settings</h1>
      <RadioGroup legend="Theme" name="theme" value={theme} onChange={setTheme} options={THEMES} />
      <RadioGroup
        legend="Text size"
        name="font-scale"
        value={fontScale}
        onChange={setFontScale}
        options={SCALES}
      />
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
          {storage === 'unavailable'
            ? 'Right now it is kept in memory only and is lost when you close the tab.'
            : ''}
        </p>
        <p>
          <strong>Storage:</strong>{' '}
          {persistence ? PERSISTENCE_TEXT[persistence] : 'Checking storage…'}
        </p>
      </section>
      <DataPanel />
      <section className="card" aria-labelledby="reset-heading">
        <h2 id="reset-heading">Delete all my data</h2>
        <p>
          Removes every quiz, review card, lesson progress, sandbox save and setting from this
          browser.
        </p>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Delete all my data…
        </Button>
      </section>
      <Dialog
        title="Delete all your data?"
        open={confirming}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button onClick={() => setConfirming(false)}>Keep my data</Button>
            <Button onClick={() => void downloadExport()}>Export first</Button>
            <Button
              variant="danger"
              onClick={() =>
                void deleteAllData().then(() => {
                  setTheme('system');
                  setFontScale(1);
                  setExamTimeMultiplier(1);
                  setConfirming(false);
                  void navigate('/');
                })
              }
            >
              Delete everything
            </Button>
          </>
        }
      >
        <p>This cannot be undone. You will lose:</p>
        <ul>
          <li>{counts?.attempts ?? 0} quiz attempts and their results</li>
          <li>{counts?.reviewCards ?? 0} spaced-review cards</li>
          <li>progress on {counts?.lessons ?? 0} lessons</li>
          <li>{counts?.saves ?? 0} sandbox saves, your challenge records and question reports</li>
          <li>your theme and timing preferences</li>
        </ul>
      </Dialog>
    </div>
  );
}
