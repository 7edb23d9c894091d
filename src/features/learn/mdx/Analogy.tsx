import { useState } from 'react';
import { Link } from 'react-router-dom';
import { RadioGroup } from '../../../components/form';
import data from '../../../../content/analogies.json';
import { Table } from '../../../components/Table';

interface Concept {
  id: string;
  label: string;
  lesson: string;
}

interface AnalogyData {
  id: string;
  title: string;
  intro: string;
  bestFor: string;
  mappings: { concept: string; counterpart: string; explanation: string }[];
  breaksDown: { concept: string; text: string }[];
}

const { concepts, analogies } = data as { concepts: Concept[]; analogies: AnalogyData[] };
const conceptById = new Map(concepts.map((c) => [c.id, c]));

/** Pick an analogy; see every concept mapped to its counterpart and where the analogy fails. */
export function Analogy() {
  const [current, setCurrent] = useState(analogies[0]?.id ?? '');
  const analogy = analogies.find((a) => a.id === current);
  if (!analogy) return null;
  return (
    <section className="analogy card" aria-label="Analogy explorer">
      <RadioGroup
        className="analogy-picker"
        legend="Pick an analogy"
        name="analogy"
        value={current}
        onChange={setCurrent}
        options={analogies.map((a) => ({ value: a.id, label: a.title }))}
      />
      <div aria-live="polite">
        <p>{analogy.intro}</p>
        <p>
          <strong>Most useful for:</strong> {analogy.bestFor}
        </p>
        <Table
          className="analogy-table"
          caption={`${analogy.title}: each AWS concept and its counterpart`}
          head={['AWS concept', 'In this analogy', 'Why it fits']}
        >
          <tbody>
            {analogy.mappings.map((m) => {
              const concept = conceptById.get(m.concept);
              return (
                <tr key={m.concept}>
                  <th scope="row">
                    {concept ? (
                      <Link to={`/learn/${concept.lesson}`}>{concept.label}</Link>
                    ) : (
                      m.concept
                    )}
                  </th>
                  <td data-label="In this analogy">{m.counterpart}</td>
                  <td data-label="Why it fits">{m.explanation}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
        <h3>Where this analogy breaks down</h3>
        <ul>
          {analogy.breaksDown.map((b) => (
            <li key={b.concept + b.text}>
              <strong>{conceptById.get(b.concept)?.label ?? b.concept}:</strong> {b.text}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
