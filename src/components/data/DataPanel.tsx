import { useRef, useState } from 'react';
import type { ExportFile } from '../../db/exportFile';
import type { ImportSummary } from '../../db/exportImport';
import { PolicyError } from '../../domain/errors';
import { RadioGroup } from '../form';
import { Button } from '../Button';

const LABELS: Record<keyof ImportSummary['counts'], string> = {
  attempts: 'quiz attempts',
  reviewCards: 'review cards',
  lessonProgress: 'lessons with progress',
  sandboxSaves: 'sandbox saves',
  settings: 'settings',
  flashcards: 'flashcards studied',
  reviewLog: 'reviews in the history',
  challengeProgress: 'challenges solved',
  questionReports: 'question reports',
};

// The file's schema and the export code load when they are used, not with the page: building the
// zod schemas is a long task on a slow phone, and most visits never export or import.
const loadTransfer = () => import('./transfer');

/** Downloads every table as one file. */
export async function downloadExport() {
  const now = new Date();
  const { exportFileName, exportProgress } = await loadTransfer();
  const file = await exportProgress(now);
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(now);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Pending = { file: ExportFile; summary: ImportSummary; name: string };
type ImportMode = 'merge' | 'replace';

const IMPORT_MODES: { value: ImportMode; label: string }[] = [
  { value: 'merge', label: 'Merge with what is here (keeps both; the more recent answer wins)' },
  { value: 'replace', label: 'Replace everything here with the file' },
];

/** Export and import of all progress: validated before anything is written, all or nothing. */
export function DataPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [done, setDone] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const choose = async (files: FileList | null) => {
    const chosen = files?.[0];
    setProblem(null);
    setDone(null);
    setPending(null);
    if (!chosen) return;
    try {
      const { parseExportFile, summarizeImport } = await loadTransfer();
      const file = parseExportFile(await chosen.text());
      setPending({ file, summary: await summarizeImport(file), name: chosen.name });
    } catch (error) {
      const where = error instanceof PolicyError && error.path ? ` (at ${error.path})` : '';
      const message = error instanceof PolicyError ? error.problem : String(error);
      setProblem(`“${chosen.name}” cannot be imported${where}: ${message}. Nothing was changed.`);
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      const { importProgress } = await loadTransfer();
      await importProgress(pending.file, mode);
      setDone(
        `Imported “${pending.name}” (${mode === 'merge' ? 'merged with' : 'replacing'} what was here).`,
      );
      setPending(null);
    } catch (error) {
      setProblem(`The import failed and was rolled back; nothing was changed (${String(error)}).`);
    }
  };

  return (
    <section className="card data-panel" aria-labelledby="data-panel-heading">
      <Heading id="data-panel-heading">Export and import your progress</Heading>
      <p>
        Everything is stored only in this browser. Export it to keep a copy or to move to another
        device; importing checks the whole file before it writes anything.
      </p>
      <div className="button-row">
        <Button onClick={() => void downloadExport()}>Export progress</Button>
        <label className="button">
          Import progress
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => void choose(e.target.files)}
          />
        </label>
      </div>
      {problem && (
        <p role="alert" className="import-problem">
          {problem}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      {pending && (
        <div className="import-summary" role="region" aria-label="Import summary">
          <p>
            <strong>{pending.name}</strong>, exported{' '}
            {new Date(pending.summary.exportedAt).toLocaleString()} —{' '}
            {pending.summary.newerThanHere ? 'newer than' : 'older than'} the progress stored here.
          </p>
          <ul>
            {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((k) => (
              <li key={k}>
                {pending.summary.counts[k]} {LABELS[k]}
              </li>
            ))}
          </ul>
          <RadioGroup
            legend="How to import"
            name="import-mode"
            value={mode}
            onChange={setMode}
            options={IMPORT_MODES}
          />
          <div className="button-row">
            <Button variant="primary" onClick={() => void confirm()}>
              Import
            </Button>
            <Button onClick={() => setPending(null)}>Cancel</Button>
          </div>
        </div>
      )}
    </section>
  );
}
