import { useLiveQuery } from 'dexie-react-hooks';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { listChallengeRecords, type ChallengeRecord } from '../../db/challengeProgress';
import { challengeIndex, type ChallengeSummary } from '../../content/challengeIndex';
import { trapsById } from '../../content/traps';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { SIMULATOR_LIST, simulatorRoute } from '../../domain/simulators';
import './sandbox.css';

const DIFFICULTY = ['', 'Easy', 'Medium', 'Hard'];

// Memoised: the stored records arrive after the page has hydrated, and only the challenges
// they change should render again.
const ChallengeItem = memo(function ChallengeItem({
  challenge: c,
  record,
}: {
  challenge: ChallengeSummary;
  record: ChallengeRecord | undefined;
}) {
  return (
    <li>
      <Link to={simulatorRoute(c.simulator, c.id)}>{c.title}</Link>
      {record && <span aria-label="solved"> ✓</span>}
      <span className="muted">
        {' '}
        · {DIFFICULTY[c.difficulty]} · trap:{' '}
        {c.traps.map((t) => trapsById.get(t)?.title ?? t).join(', ')}
        {record ? ` · best ${record.bestSteps} steps` : ''}
      </span>
    </li>
  );
});

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
                    <ChallengeItem key={c.id} challenge={c} record={records[c.id]} />
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
