import { useEffect, useState } from 'react';
import { loadAllQuestions } from '../../content/questions';
import type { Question } from '../../domain/quiz/schema';

/** The whole question bank, loaded once per page (each lesson's file is its own chunk). */
export function useQuestionBank(): Question[] | null {
  const [bank, setBank] = useState<Question[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadAllQuestions().then((all) => live && setBank(all));
    return () => {
      live = false;
    };
  }, []);
  return bank;
}
