import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { listChallengeRecords, type ChallengeRecord } from '../../db/challengeProgress';
import { challengeIndex } from '../../content/challengeIndex';
import { trapsById } from '../../content/traps';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { SIMULATOR_LIST, simulatorRoute } from '../../domain/simulators';
import './sandbox.css';

const DIFFICULTY = ['', 'Easy', 'Medium', 'Hard'];

export default function SandboxPage() {
  useDocumentTitle('Sandbox');
  const records = useLiveQuery(listChallengeRecords, [], {} as Record<string, ChallengeRecord>);
  return (
    <div className="stack">
      <h1>Sandbox</h1>
      <p className="muted">
        Simulators of the behaviours the exam tests, on real AWS semantics, with the rule behind
        every outcome. Solve the challenges in as few steps as you can.
      </p>
      {SIMULATOR_LIST.map((sim) => {
        const challenges = challengeIndex.filter((c) => c.simulator === sim.id);
        const solved = challenges.filter((c) => records[c.id]).length;
        return (
          <section key={sim.id} className="card" aria-labelledby={`sim-${sim.id}`}>
            <h2 id={`sim-${sim.id}`}>
              <Link to={simulatorRoute(sim.id)}>{sim.title}</Link>
            </h2>
            <p>{sim.summary}</p>
            {challenges.length > 0 && (
              <>
                <p className="muted">
                  {solved} of {challenges.length} challenges solved
                </p>
                <ul className="challenge-list">
                  {challenges.map((c) => (
                    <li key={c.id}>
                      <Link to={simulatorRoute(sim.id, c.id)}>{c.title}</Link>
                      {records[c.id] && <span aria-label="solved"> ✓</span>}
                      <span className="muted">
                        {' '}
                        · {DIFFICULTY[c.difficulty]} · trap:{' '}
                        {c.traps.map((t) => trapsById.get(t)?.title ?? t).join(', ')}
                        {records[c.id] ? ` · best ${records[c.id]!.bestSteps} steps` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
