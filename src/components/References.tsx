/** Links to AWS documentation pages, opened in a new tab. */
export function References({
  references,
  className,
}: {
  references: readonly { title: string; url: string }[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {references.map((r) => (
        <li key={r.url}>
          <a href={r.url} target="_blank" rel="noreferrer">
            {r.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
