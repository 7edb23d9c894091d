import { useLoaded } from '../../components/useLoaded';
import { loadAllQuestions } from '../../content/questions';
import type { Question } from '../../domain/quiz/schema';

/** The whole question bank, loaded once per page (each lesson's file is its own chunk). */
export function useQuestionBank(): Question[] | null {
  return useLoaded(loadAllQuestions);
}
