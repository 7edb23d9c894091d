import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function ReviewPage() {
  useDocumentTitle('Review');
  return (
    <div className="stack">
      <h1>Review</h1>
      <div className="empty-state">
        <p>Nothing is due for review yet. Questions you answer in a quiz come back here when they are due, the ones you miss sooner.</p><p><Link to="/quiz">Take a quiz</Link></p>
      </div>
    </div>
  );
}
