import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function SearchPage() {
  useDocumentTitle('Search');
  return (
    <div className="stack">
      <h1>Search</h1>
      <div className="empty-state">
        <p>Search is coming.</p><p><Link to="/learn">Browse lessons</Link></p>
      </div>
    </div>
  );
}
