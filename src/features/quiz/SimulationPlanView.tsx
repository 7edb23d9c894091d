import { blueprintLineById } from '../../content/blueprint';
import { shortLines, type SimulationPlan } from '../../domain/quiz/simulation';
import { Table } from '../../components/Table';

/** How many questions each exam-guide line gives the mock, and which lines run short. */
export function SimulationPlanView({ plan }: { plan: SimulationPlan }) {
  const short = shortLines(plan);
  return (
    <section className="simulation-plan" aria-labelledby="simulation-plan-heading">
      <h3 id="simulation-plan-heading">The draw, by exam-guide line</h3>
      <Table labelledBy="simulation-plan-heading" head={['Line of task 1.3', 'Questions (weight)']}>
        <tbody>
          {plan.lines.map((l) => {
            const line = blueprintLineById.get(l.id);
            return (
              <tr key={l.id}>
                <th scope="row">
                  {line?.short ?? l.id}
                  {line && <span className="simulation-plan-text">{line.text}</span>}
                </th>
                <td>
                  {l.planned}
                  {line && ` (${Math.round(line.weight * 100)} %)`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {short.length > 0 && (
        <p role="note">
          {short
            .map(
              (l) =>
                `Only ${l.available} question${l.available === 1 ? '' : 's'} on “${blueprintLineById.get(l.id)?.short ?? l.id}” can be drawn (its weight asks for ${l.target}), so the other lines make up ${l.target - l.planned}.`,
            )
            .join(' ')}
        </p>
      )}
      <p className="muted">
        No two questions test the same idea: each is the only one of its family in the mock.
      </p>
    </section>
  );
}
