/** An arrowhead for `markerEnd="url(#id)"`, drawn in a theme colour so it follows dark mode. */
export function ArrowMarker({ id, colour }: { id: string; colour: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      orient="auto-start-reverse"
    >
      <path d="M0 0 L10 5 L0 10 Z" style={{ fill: colour }} />
    </marker>
  );
}
