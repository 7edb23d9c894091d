import { Suspense, lazy } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NotFound } from '../../components/NotFound';
import { useDocumentTitle } from '../../components/useDocumentTitle';

const SIMULATORS = {
  architecture: lazy(() => import('./architecture/ArchitectureSimulator')),
  upstream: lazy(() => import('./upstream/UpstreamSimulator')),
  access: lazy(() => import('./access/AccessSimulator')),
  lifecycle: lazy(() => import('./lifecycle/LifecycleSimulator')),
} as const;

const TITLES: Record<keyof typeof SIMULATORS, string> = {
  architecture: 'Architecture sandbox',
  upstream: 'CodeArtifact upstream simulator',
  access: 'Cross-account access simulator',
  lifecycle: 'Lifecycle simulator',
};

// Simulators announced but not built yet (none at the moment).
const COMING: Partial<Record<string, { title: string; text: string; lesson: string }>> = {};

export default function SimulatorPage() {
  const { simulator = '' } = useParams();
  const Simulator = SIMULATORS[simulator as keyof typeof SIMULATORS];
  const coming = COMING[simulator as keyof typeof COMING];
  useDocumentTitle(coming?.title ?? TITLES[simulator as keyof typeof SIMULATORS] ?? 'Simulator');
  if (Simulator) {
    return (
      <Suspense fallback={<p className="muted">Loading the simulator…</p>}>
        <Simulator />
      </Suspense>
    );
  }
  if (!coming) return <NotFound />;
  return (
    <div className="stack">
      <h1>{coming.title}</h1>
      <div className="empty-state">
        <p>
          {coming.text} This simulator is not built yet; its engine is tested and waiting for its
          page.
        </p>
        <p>
          <Link to={`/learn/${coming.lesson}`}>Read the lesson</Link> ·{' '}
          <Link to="/sandbox/upstream">Try the CodeArtifact upstream simulator</Link>
        </p>
      </div>
    </div>
  );
}
