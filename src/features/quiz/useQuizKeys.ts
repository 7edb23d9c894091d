import { useEffect } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { Question } from '../../domain/quiz/schema';
import type { quizSessionMachine } from '../../machines/quizSession';

interface QuizKeys {
  enabled: boolean;
  actor: ActorRefFrom<typeof quizSessionMachine>;
  order: string[];
  selected: string[];
  question: Question;
  checked: boolean;
}

/** 1–6 pick an option, F flags, ← → move, Enter goes on. Native controls keep their own keys. */
export function useQuizKeys({ enabled, actor, order, selected, question, checked }: QuizKeys) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      const typing = target.closest(
        'input[type="text"], input[type="number"], textarea, select, dialog[open]',
      );
      if (typing) return;
      const onChoice = target.matches('input[type="radio"], input[type="checkbox"]');
      const onButton = target.closest('button, a, summary');
      const digit = Number(event.key);
      if (Number.isInteger(digit) && digit >= 1 && digit <= order.length) {
        if (checked) return;
        const id = order[digit - 1]!;
        const next =
          question.kind === 'multiple'
            ? selected.includes(id)
              ? selected.filter((s) => s !== id)
              : [...selected, id]
            : [id];
        actor.send({ type: 'answer.set', selected: next });
        event.preventDefault();
      } else if (event.key === 'f' || event.key === 'F') {
        actor.send({ type: 'flag.toggle' });
        event.preventDefault();
      } else if (event.key === 'ArrowRight' && !onChoice) {
        actor.send({ type: 'question.next' });
        event.preventDefault();
      } else if (event.key === 'ArrowLeft' && !onChoice) {
        actor.send({ type: 'question.previous' });
        event.preventDefault();
      } else if (event.key === 'Enter' && !onButton) {
        actor.send({ type: 'question.next' });
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, actor, order, selected, question, checked]);
}
