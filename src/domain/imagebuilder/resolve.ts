/**
 * What a recipe's version filters resolve to in the catalog now: the parent image and each
 * component, newest matching version first (imagebuilder/ibhow-semantic-versioning).
 */
import { parseResourceArn, resolveVersion } from './semver';
import type {
  Catalog,
  ContainerRecipe,
  ImagePipeline,
  ImageRecipe,
  ResolvedDependencies,
} from './types';

export interface Dependency {
  kind: 'parent image' | 'component';
  name: string;
  filter: string | null;
  /** name/version, or the fixed reference (an AMI ID) as given. */
  resolved: string | null;
  /** The resolved catalog entry, for failure knobs. */
  fails?: { phase: 'build' | 'test'; reason: string };
  type?: 'BUILD' | 'TEST';
}

export function recipeOf(pipeline: ImagePipeline): ImageRecipe | ContainerRecipe {
  return (pipeline.imageRecipe ?? pipeline.containerRecipe)!;
}

/** Every dependency of the recipe with what it resolves to now. */
export function dependenciesOf(pipeline: ImagePipeline, catalog: Catalog): Dependency[] {
  const recipe = recipeOf(pipeline);
  const parentArn = parseResourceArn(recipe.parentImage, 'image', 'parentImage');
  const parent: Dependency =
    parentArn === null
      ? {
          kind: 'parent image',
          name: recipe.parentImage,
          filter: null,
          resolved: recipe.parentImage,
        }
      : (() => {
          const versions = catalog.images[parentArn.name]?.versions ?? [];
          const v = resolveVersion(
            parentArn.filter,
            versions.map((x) => x.version),
          );
          return {
            kind: 'parent image' as const,
            name: parentArn.name,
            filter: parentArn.filter,
            resolved: v === null ? null : `${parentArn.name}/${v}`,
          };
        })();
  const components = recipe.components.map((c): Dependency => {
    const ref = parseResourceArn(c.componentArn, 'component', 'componentArn')!;
    const entry = catalog.components[ref.name];
    const v = resolveVersion(
      ref.filter,
      (entry?.versions ?? []).map((x) => x.version),
    );
    const chosen = entry?.versions.find((x) => x.version === v);
    return {
      kind: 'component',
      name: ref.name,
      filter: ref.filter,
      resolved: v === null ? null : `${ref.name}/${v}`,
      ...(chosen?.fails === undefined ? {} : { fails: chosen.fails }),
      ...(entry === undefined ? {} : { type: entry.type }),
    };
  });
  return [parent, ...components];
}

/** The resolved versions as a build records them, or null when some filter matches nothing. */
export function resolvedOf(deps: readonly Dependency[]): ResolvedDependencies | null {
  if (deps.some((d) => d.resolved === null)) return null;
  const [parent, ...components] = deps;
  return {
    parentImage: parent?.resolved ?? '',
    components: components.map((c) => c.resolved ?? ''),
  };
}
