import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function ProgressPage() {
  useDocumentTitle('Progress');
  return (
    <div className="stack">
      <h1>Progress</h1>
      <div className="empty-state">
        <p>No history yet. Your scores, mastery per lesson and per trap appear here after your first quiz.</p><p><Link to="/quiz">Start a quiz</Link></p>
      </div>
    </div>
  );
}
