import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function SimulatorPage() {
  useDocumentTitle('Simulator');
  return (
    <div className="stack">
      <h1>Simulator</h1>
      <div className="empty-state">
        <p>This simulator is not available yet. <Link to="/sandbox">Back to the sandbox</Link></p>
      </div>
    </div>
  );
}
