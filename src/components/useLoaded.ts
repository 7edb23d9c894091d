import { useEffect, useState } from 'react';

/** What `load` resolves to, loaded once when the component mounts; null until then. */
export function useLoaded<T>(load: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && setValue(() => loaded));
    return () => {
      live = false;
    };
  }, [load]);
  return value;
}
