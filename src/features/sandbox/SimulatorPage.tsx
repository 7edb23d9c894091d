import { Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { NotFound } from '../../components/NotFound';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { simulatorById } from '../../domain/simulators';
import { SIMULATOR_PAGES } from './simulators';

export default function SimulatorPage() {
  const { simulator = '' } = useParams();
  const info = simulatorById(simulator);
  useDocumentTitle(info?.title ?? 'Simulator');
  if (!info) return <NotFound />;
  const Simulator = SIMULATOR_PAGES[info.id];
  return (
    <Suspense fallback={<p className="muted">Loading the simulator…</p>}>
      <Simulator />
    </Suspense>
  );
}
