import { useState } from 'react';

/**
 * A pick among options that can change under it (a repository removed, an object expired): the
 * one picked while it is still offered, else the first ('' when there is none).
 */
export function useChoice(options: readonly string[]): [string, (value: string) => void] {
  const [picked, setPicked] = useState(options[0] ?? '');
  return [options.includes(picked) ? picked : (options[0] ?? ''), setPicked];
}
