import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function ResultsPage() {
  useDocumentTitle('Results');
  return (
    <div className="stack">
      <h1>Results not found</h1>
      <div className="empty-state">
        <p>No results for this attempt. <Link to="/quiz">Start a new quiz</Link></p>
      </div>
    </div>
  );
}
