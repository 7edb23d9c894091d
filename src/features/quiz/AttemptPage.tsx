import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function AttemptPage() {
  useDocumentTitle("Quiz attempt not found");
  return (
    <div className="stack">
      <h1>Quiz attempt not found</h1>
      <div className="empty-state">
        <p>This attempt could not be found. <Link to="/quiz">Start a new quiz</Link></p>
      </div>
    </div>
  );
}
