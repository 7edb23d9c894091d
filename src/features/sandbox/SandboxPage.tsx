import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { listChallengeRecords, type ChallengeRecord } from '../../db/challengeProgress';
import { challengeIndex } from '../../content/challengeIndex';
import { trapsById } from '../../content/traps';
import { useDocumentTitle } from '../../components/useDocumentTitle';

const SIMULATORS = [
  {
    id: 'architecture',
    title: 'Architecture sandbox',
    text: 'A release through tooling, DR and workload accounts: build, sign, scan, replicate and deploy, with faults to switch on and the statechart of every step.',
    ready: true,
  },
  {
    id: 'upstream',
    title: 'CodeArtifact upstreams',
    text: 'Depth-first search, retention, external connections, outages, origin controls and tokens.',
    ready: true,
  },
  {
    id: 'lifecycle',
    title: 'Lifecycle policies',
    text: 'ECR lifecycle rules, S3 lifecycle and Object Lock with a time machine.',
    ready: true,
  },
  {
    id: 'access',
    title: 'Cross-account access',
    text: 'IAM, resource and KMS key policies with a step-by-step decision trace.',
    ready: true,
  },
] as const;

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
      {SIMULATORS.map((sim) => {
        const challenges = challengeIndex.filter((c) => c.simulator === sim.id);
        const solved = challenges.filter((c) => records[c.id]).length;
        return (
          <section key={sim.id} className="card" aria-labelledby={`sim-${sim.id}`}>
            <h2 id={`sim-${sim.id}`}>
              <Link to={`/sandbox/${sim.id}`}>{sim.title}</Link>
              {!sim.ready && <span className="muted"> — coming soon</span>}
            </h2>
            <p>{sim.text}</p>
            {challenges.length > 0 && (
              <>
                <p className="muted">
                  {solved} of {challenges.length} challenges solved
                </p>
                <ul className="challenge-list">
                  {challenges.map((c) => (
                    <li key={c.id}>
                      <Link to={`/sandbox/${sim.id}?challenge=${c.id}`}>{c.title}</Link>
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
