import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function LessonPage() {
  useDocumentTitle('Lesson');
  return (
    <div className="stack">
      <h1>Lesson</h1>
      <div className="empty-state">
        <p>Lesson rendering is coming. <Link to="/learn">All lessons</Link></p>
      </div>
    </div>
  );
}
