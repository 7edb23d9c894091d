import { useState } from 'react';
import { addQuestionReport } from '../../db/questionReports';
import { Button } from '../../components/Button';

/** "Report a problem with this question": kept locally, listed on /progress for export. */
export function ReportProblem({ questionId }: { questionId: string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const fieldId = `report-${questionId}`;
  if (!open) {
    return (
      <p className="report-problem">
        {saved && <span role="status">Thanks — your note is saved on the Progress page. </span>}
        <Button small onClick={() => setOpen(true)}>
          Report a problem with this question
        </Button>
      </p>
    );
  }
  return (
    <form
      className="report-problem"
      onSubmit={(e) => {
        e.preventDefault();
        void addQuestionReport(questionId, text.trim(), new Date().toISOString()).then(() => {
          setOpen(false);
          setText('');
          setSaved(true);
        });
      }}
    >
      <label htmlFor={fieldId}>What is wrong with question {questionId}?</label>
      <textarea
        id={fieldId}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        required
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={!text.trim()}>
          Save report
        </button>
        <Button onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </form>
  );
}
