import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useDeferredReady } from '../../../components/Deferred';
import { deleteSandboxSave, listSandboxSaves, saveSandbox } from '../../../db/sandboxSaves';
import { simulatorRoute, type SimulatorId } from '../../../domain/simulators';
import { encodeScenario } from './shareLink';
import { Button } from '../../../components/Button';

interface SavesPanelProps {
  simulator: SimulatorId;
  scenario: unknown;
  /** The challenge being played, which the share link opens too. */
  challengeId: string | null;
  onLoad: (state: unknown, name: string) => void;
}

/** The address that opens `state` in the simulator (and the challenge, if one is played). */
const shareLink = (simulator: SimulatorId, challengeId: string | null, state: unknown) =>
  `${location.origin}${simulatorRoute(simulator)}?${challengeId ? `challenge=${encodeURIComponent(challengeId)}&` : ''}s=${encodeScenario(state)}`;

/** Named saves in IndexedDB, and a share link that carries the scenario itself. */
export function SavesPanel({ simulator, scenario, challengeId, onLoad }: SavesPanelProps) {
  // Compressing the scenario takes tens of ms at 4× CPU throttling, so the link is made only once
  // the panel scrolls near, and then follows each step a beat behind, in a background render. It
  // starts empty (null), in the prerender and while the page hydrates, as only the browser knows
  // the origin.
  const panel = useRef<HTMLElement>(null);
  const near = useDeferredReady('visible', panel);
  const shared = useDeferredValue<unknown>(near ? scenario : null, null);
  const shareUrl = useMemo(
    () => (shared === null ? '' : shareLink(simulator, challengeId, shared)),
    [shared, simulator, challengeId],
  );
  const saves = useLiveQuery(() => listSandboxSaves(simulator), [simulator], []);
  const [name, setName] = useState('');
  const [copied, setCopied] = useState(false);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const load = (state: unknown, saveName: string) => {
    try {
      onLoad(state, saveName);
      setLoadProblem(null);
    } catch (error) {
      setLoadProblem(
        `“${saveName}” could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const now = new Date().toISOString();
    await saveSandbox({
      id: crypto.randomUUID(),
      simulator,
      name: name.trim(),
      state: scenario,
      createdAt: now,
      updatedAt: now,
    });
    setName('');
  };
  const copy = async () => {
    try {
      // the scenario shown now, even if the field is still a step behind
      await navigator.clipboard.writeText(shareLink(simulator, challengeId, scenario));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section ref={panel} className="card saves-panel" aria-labelledby="saves-heading">
      <h2 id="saves-heading">Save and share</h2>
      <div className="form-row">
        <label htmlFor="share-link">Share link (opens this exact scenario)</label>
        <div className="button-row">
          <input
            id="share-link"
            type="text"
            readOnly
            value={shareUrl}
            onFocus={(e) => e.target.select()}
            className="share-input"
          />
          <Button small onClick={() => void copy()}>
            Copy link
          </Button>
        </div>
        {copied && <span role="status">Link copied.</span>}
      </div>
      <form onSubmit={(e) => void save(e)} className="form-row">
        <label htmlFor="save-name">Save this scenario as</label>
        <div className="button-row">
          <input
            id="save-name"
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={80}
          />
          <button type="submit" className="button button-small" disabled={!name.trim()}>
            Save
          </button>
        </div>
      </form>
      {loadProblem && <p role="alert">{loadProblem}</p>}
      {saves.length > 0 && (
        <ul className="saves-list">
          {saves.map((s) => (
            <li key={s.id}>
              <span>{s.name}</span>
              <Button small onClick={() => load(s.state, s.name)}>
                Load
              </Button>
              <Button
                small
                onClick={() => void deleteSandboxSave(s.id)}
                aria-label={`Delete ${s.name}`}
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
