import type { ReactNode } from 'react';

/** A card section named by its own heading (`aria-labelledby`), as every panel of the app is. */
export function Card({
  id,
  title,
  className,
  children,
}: {
  /** The heading's id. */
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
