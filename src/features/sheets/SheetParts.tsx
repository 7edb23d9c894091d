import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { NumberFact, Trap } from '../../domain/content/schemas';
import { Button } from '../../components/Button';

/** The sheet's title block: what it is, and (on screen only) print and the way back. */
export function SheetHeader({
  kicker,
  title,
  back,
}: {
  kicker: string;
  title: string;
  back: { to: string; label: string };
}) {
  return (
    <header className="sheet-header">
      <p className="muted sheet-kicker">{kicker}</p>
      <h1 id="sheet-title">{title}</h1>
      <p className="no-print sheet-actions">
        <Button variant="primary" onClick={() => window.print()}>
          Print
        </Button>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </header>
  );
}

export function SheetSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="sheet-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Each trap as its title and the one-line lesson it teaches. */
export function TrapList({ traps }: { traps: readonly Trap[] }) {
  return (
    <dl className="sheet-traps">
      {traps.map((trap) => (
        <div key={trap.id}>
          <dt>{trap.title}</dt>
          <dd>{trap.summary}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Exact values, each with the page it was checked against (a link on screen). */
export function NumberTable({
  numbers,
  caption,
}: {
  numbers: readonly NumberFact[];
  caption: string;
}) {
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="sheet-numbers">
        <caption className="visually-hidden">{caption}</caption>
        <tbody>
          {numbers.map((n) => (
            <tr key={n.id}>
              <th scope="row">{n.prompt}</th>
              <td>
                <a href={n.source.url} target="_blank" rel="noreferrer">
                  {n.answer}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
