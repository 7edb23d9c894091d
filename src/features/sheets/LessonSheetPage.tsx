import { useParams } from 'react-router-dom';
import sheets from 'virtual:lesson-sheets';
import { CodeBlock } from '../../components/CodeBlock';
import { CodeTokens } from '../../components/CodeTokens';
import { NotFound } from '../../components/NotFound';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { lessonDetails } from '../../content/lessonDetails';
import { numbers } from '../../content/numbers';
import { trapsById } from '../../content/traps';
import { NumberTable, SheetHeader, SheetSection, TrapList } from './SheetParts';
import './sheets.css';

/** One printable page per lesson: objectives, the key table, traps, numbers and commands. */
export default function LessonSheetPage() {
  const { slug = '' } = useParams();
  if (!lessonDetails(slug)) return <NotFound />;
  return <LessonSheet slug={slug} />;
}

function LessonSheet({ slug }: { slug: string }) {
  const meta = lessonDetails(slug)!;
  useDocumentTitle(`Cheat sheet: ${meta.title}`);
  const sheet = sheets[slug];
  const traps = meta.traps.flatMap((id) => trapsById.get(id) ?? []);
  const facts = numbers.filter((n) => n.lesson === slug);

  return (
    <article className="sheet" aria-labelledby="sheet-title">
      <SheetHeader
        kicker={`Cheat sheet · lesson ${meta.order}`}
        title={meta.title}
        back={{ to: `/learn/${slug}`, label: 'Back to the lesson' }}
      />
      <div className="sheet-body">
        <SheetSection id="sheet-objectives" title="Objectives">
          <ul>
            {meta.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </SheetSection>
        {sheet?.table && (
          <SheetSection id="sheet-table" title="At a glance">
            <div className="table-wrap" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    {sheet.table.head.map((cell, i) => (
                      <th key={i} scope="col">
                        {cell}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {sheet.table.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </SheetSection>
        )}
        {traps.length > 0 && (
          <SheetSection id="sheet-traps" title="Traps">
            <TrapList traps={traps} />
          </SheetSection>
        )}
        {facts.length > 0 && (
          <SheetSection id="sheet-numbers" title="Numbers">
            <NumberTable numbers={facts} caption={`Exact values for ${meta.title}`} />
          </SheetSection>
        )}
        {sheet?.commands && (
          <SheetSection id="sheet-commands" title="Commands">
            <CodeBlock data-language="bash">
              <code>
                <CodeTokens tokens={sheet.commands.tokens} />
              </code>
            </CodeBlock>
          </SheetSection>
        )}
      </div>
    </article>
  );
}
