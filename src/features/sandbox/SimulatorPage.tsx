import type { ComponentType } from 'react';
import { useLoaderData, useLocation, useParams } from 'react-router-dom';
import { NotFound } from '../../components/NotFound';
import { simulatorById } from '../../domain/simulators';

export default function SimulatorPage() {
  const { simulator = '', challenge = '' } = useParams();
  const { search } = useLocation();
  const info = simulatorById(simulator);
  // The route's loader (loadSimulatorPage) fetched the simulator's page before this rendered.
  const Simulator = useLoaderData() as ComponentType | null;
  if (!info || !Simulator) return <NotFound />;
  // Another challenge or share link opened inside the app is a new start: a fresh session.
  return <Simulator key={`${challenge}${search}`} />;
}
