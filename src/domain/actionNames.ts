import * as z from 'zod/mini';

/**
 * Simulator actions are named `noun.verb` (`package.request`, `key.manager.set`). Actions
 * written before that rename still load: `schema` sees an old `type` mapped to its new name.
 */
export function acceptingOldNames<T>(
  schema: z.ZodMiniType<T>,
  oldNames: Readonly<Record<string, string>>,
) {
  const renames = new Map(Object.entries(oldNames));
  return z.pipe(
    z.transform((raw: unknown) => {
      if (raw === null || typeof raw !== 'object' || !('type' in raw)) return raw;
      const renamed = typeof raw.type === 'string' ? renames.get(raw.type) : undefined;
      return renamed ? { ...raw, type: renamed } : raw;
    }),
    schema,
  );
}
