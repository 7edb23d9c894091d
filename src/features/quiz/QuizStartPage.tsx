import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function QuizStartPage() {
  useDocumentTitle('Quiz');
  return (
    <div className="stack">
      <h1>Quiz</h1>
      <div className="empty-state">
        <p>Quizzes are coming. <Link to="/learn">Study the lessons</Link> meanwhile.</p>
      </div>
    </div>
  );
}
