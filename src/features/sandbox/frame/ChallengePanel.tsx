import { Link } from 'react-router-dom';
import { trapsById } from '../../../content/traps';
import type { Challenge } from '../../../domain/challenges/schema';
import type { ChallengeInput } from '../../../machines/challenge';
import { useChallenge } from './useChallenge';
import { Button } from '../../../components/Button';

interface ChallengePanelProps<S, G, A> {
  challenge: Challenge<S, G, A>;
  simulator: ChallengeInput<S, G, A>['simulator'];
  meetsGoal: (scenario: S, goal: G) => boolean;
  describeAction: (action: A) => string;
}

/** The goal in words, hints one at a time, the solution on request and the "golf" count. */
export function ChallengePanel<S, G, A>({
  challenge,
  simulator,
  meetsGoal,
  describeAction,
}: ChallengePanelProps<S, G, A>) {
  const { actor, context, solved, best } = useChallenge(challenge, simulator, meetsGoal);
  const { hintsShown, solutionShown, steps } = context;
  const props = {
    ...challenge,
    solution: challenge.solution.map(describeAction),
    solved,
    best,
    steps,
  };
  return (
    <section
      className="card challenge-panel"
      aria-labelledby="challenge-heading"
      data-solved={props.solved}
    >
      <h2 id="challenge-heading">Challenge: {props.title}</h2>
      <p>
        <strong>Goal:</strong> {props.goal}
      </p>
      <p className="muted">
        Teaches: {props.traps.map((t) => trapsById.get(t)?.title ?? t).join(', ')} ·{' '}
        <Link to={`/learn/${props.lesson}`}>Read the lesson</Link>
      </p>
      <p role="status" className={props.solved ? 'verdict-correct' : 'muted'}>
        {props.solved
          ? `Solved ✓ in ${props.steps} step${props.steps === 1 ? '' : 's'} (par ${props.par}${props.best !== null ? `, your best ${props.best}` : ''}).`
          : `Steps so far: ${props.steps} · par ${props.par}.`}
      </p>
      {props.solved && <p>{props.explanation}</p>}
      {props.hints.slice(0, hintsShown).map((hint, i) => (
        <p key={i} className="hint">
          <strong>Hint {i + 1}:</strong> {hint}
        </p>
      ))}
      <div className="button-row">
        {hintsShown < props.hints.length && (
          <Button small onClick={() => actor.send({ type: 'hint.reveal' })}>
            {hintsShown === 0 ? 'Show a hint' : 'Show another hint'} (
            {props.hints.length - hintsShown} left)
          </Button>
        )}
        <Button
          small
          aria-expanded={solutionShown}
          onClick={() => actor.send({ type: 'solution.toggle' })}
        >
          {solutionShown ? 'Hide solution' : 'Show solution'}
        </Button>
      </div>
      {solutionShown && (
        <div className="solution">
          <ol>
            {props.solution.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          <Button small onClick={() => actor.send({ type: 'solution.play' })}>
            Play the solution from the start
          </Button>
        </div>
      )}
    </section>
  );
}
