import { assign, setup } from 'xstate';
import type { Confidence } from '../domain/review';

export type { Confidence };

export type QuizMode = 'practice' | 'exam';
export type SubmitReason = 'learner' | 'time';

export interface QuizSessionInput {
  attemptId: string;
  mode: QuizMode;
  questionIds: string[];
  /** ISO deadline of a timed exam; null in practice mode. */
  deadline: string | null;
}

export interface QuizSessionContext extends QuizSessionInput {
  index: number;
  answers: Record<string, string[]>;
  flags: string[];
  /** Practice mode: questions whose feedback has been shown (their answer is then locked). */
  checked: string[];
  confidence: Record<string, Confidence>;
  /** Seconds spent on each question, summed over visits. */
  seconds: Record<string, number>;
  enteredAt: number;
  submitReason: SubmitReason | null;
}

export type QuizSessionEvent =
  | { type: 'answer.set'; selected: string[] }
  | { type: 'flag.toggle' }
  | { type: 'question.next' }
  | { type: 'question.previous' }
  | { type: 'question.goto'; index: number }
  | { type: 'practice.check' }
  | { type: 'confidence.set'; confidence: Confidence }
  | { type: 'review.open' }
  | { type: 'review.close' }
  | { type: 'submit.request' }
  | { type: 'submit.cancel' }
  | { type: 'submit.confirm' }
  | { type: 'time.expired' };

/** A visit longer than this (a tab left open, a reload after lunch) counts only up to it. */
const MAX_VISIT_SECONDS = 600;
/** setTimeout's ceiling; practice sessions have no deadline and never fire. */
const NEVER_MS = 2 ** 31 - 1;

const currentId = (c: QuizSessionContext) => c.questionIds[c.index]!;

/** Closes the visit to the current question and opens one to `index`. */
function moveTo(c: QuizSessionContext, index: number): Partial<QuizSessionContext> {
  const now = Date.now();
  const id = currentId(c);
  const visit = Math.min(MAX_VISIT_SECONDS, Math.max(0, (now - c.enteredAt) / 1000));
  return {
    index: Math.min(Math.max(index, 0), c.questionIds.length - 1),
    seconds: { ...c.seconds, [id]: Math.round(((c.seconds[id] ?? 0) + visit) * 10) / 10 },
    enteredAt: now,
  };
}

export const quizSessionMachine = setup({
  types: {
    context: {} as QuizSessionContext,
    events: {} as QuizSessionEvent,
    input: {} as QuizSessionInput,
  },
  guards: {
    isTimed: ({ context }) => context.deadline !== null,
    hasNext: ({ context }) => context.index < context.questionIds.length - 1,
    hasPrevious: ({ context }) => context.index > 0,
    // Practice feedback locks the answer: changing it afterwards would game the review queue.
    canAnswer: ({ context }) => !context.checked.includes(currentId(context)),
    canCheck: ({ context }) =>
      context.mode === 'practice' &&
      !context.checked.includes(currentId(context)) &&
      (context.answers[currentId(context)]?.length ?? 0) > 0,
  },
  delays: {
    untilDeadline: ({ context }) =>
      context.deadline === null
        ? NEVER_MS
        : Math.min(NEVER_MS, Math.max(0, Date.parse(context.deadline) - Date.now())),
  },
  actions: {
    setAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.set') return {};
      return {
        answers: { ...context.answers, [currentId(context)]: [...new Set(event.selected)].sort() },
      };
    }),
    toggleFlag: assign(({ context }) => {
      const id = currentId(context);
      return {
        flags: context.flags.includes(id)
          ? context.flags.filter((f) => f !== id)
          : [...context.flags, id],
      };
    }),
    next: assign(({ context }) => moveTo(context, context.index + 1)),
    previous: assign(({ context }) => moveTo(context, context.index - 1)),
    goto: assign(({ context, event }) =>
      event.type === 'question.goto' ? moveTo(context, event.index) : {},
    ),
    // From the review screen no question was being visited: start a fresh visit.
    jump: assign(({ context, event }) =>
      event.type === 'question.goto'
        ? {
            index: Math.min(Math.max(event.index, 0), context.questionIds.length - 1),
            enteredAt: Date.now(),
          }
        : {},
    ),
    check: assign(({ context }) => ({ checked: [...context.checked, currentId(context)] })),
    setConfidence: assign(({ context, event }) =>
      event.type === 'confidence.set'
        ? { confidence: { ...context.confidence, [currentId(context)]: event.confidence } }
        : {},
    ),
    resumeVisit: assign(() => ({ enteredAt: Date.now() })),
    closeVisit: assign(({ context }) => moveTo(context, context.index)),
    markTimeUp: assign({ submitReason: 'time' as SubmitReason }),
    markSubmitted: assign(({ context }) => ({
      submitReason: context.submitReason ?? ('learner' as SubmitReason),
    })),
  },
}).createMachine({
  id: 'quizSession',
  context: ({ input }) => ({
    ...input,
    index: 0,
    answers: {},
    flags: [],
    checked: [],
    confidence: {},
    seconds: {},
    enteredAt: Date.now(),
    submitReason: null,
  }),
  initial: 'active',
  states: {
    active: {
      initial: 'question',
      // The clock counts down to a stored deadline, never by counting ticks.
      after: { untilDeadline: { guard: 'isTimed', target: 'submitted', actions: 'markTimeUp' } },
      on: {
        'time.expired': { guard: 'isTimed', target: 'submitted', actions: 'markTimeUp' },
      },
      states: {
        question: {
          on: {
            'answer.set': { guard: 'canAnswer', actions: 'setAnswer' },
            'flag.toggle': { actions: 'toggleFlag' },
            'question.next': { guard: 'hasNext', actions: 'next' },
            'question.previous': { guard: 'hasPrevious', actions: 'previous' },
            'question.goto': { actions: 'goto' },
            'practice.check': { guard: 'canCheck', actions: 'check' },
            'confidence.set': { actions: 'setConfidence' },
            'review.open': { target: 'review', actions: 'closeVisit' },
            'submit.request': { target: 'confirming', actions: 'closeVisit' },
          },
        },
        review: {
          on: {
            'question.goto': { target: 'question', actions: 'jump' },
            'review.close': { target: 'question', actions: 'resumeVisit' },
            'submit.request': 'confirming',
          },
        },
        confirming: {
          on: {
            'submit.cancel': 'review',
            'submit.confirm': { target: '#quizSession.submitted' },
          },
        },
      },
    },
    submitted: { type: 'final', entry: 'markSubmitted' },
  },
});

export type QuizSessionMachine = typeof quizSessionMachine;
