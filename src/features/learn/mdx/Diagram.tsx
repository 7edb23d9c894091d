import { useEffect, useState, type ComponentType } from 'react';

// Each diagram is its own chunk, loaded when a lesson shows it.
const modules = import.meta.glob<{ default: ComponentType }>('../diagrams/*.tsx');

/** `<Diagram name="Architecture" />`: a diagram component from ../diagrams. */
export function Diagram({ name }: { name: string }) {
  const load = modules[`../diagrams/${name}.tsx`];
  const [Component, setComponent] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void load?.().then((m) => live && setComponent(() => m.default));
    return () => {
      live = false;
    };
  }, [load]);
  if (!load) return <p className="muted">Diagram “{name}” is missing.</p>;
  return Component ? <Component /> : <p className="muted">Loading diagram…</p>;
}
