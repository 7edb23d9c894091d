/**
 * Image Builder lifecycle policies (imagebuilder/image-lifecycle-rules): which images each rule
 * deprecates, disables or deletes now, after resource selection and exclusion rules.
 */
import { addMonths, parseNow } from '../signer/time';
import { parseBuiltImage, parseLifecyclePolicy } from './schema';
import { compareVersions, parseVersion, versionMatches } from './semver';
import type {
  BuiltImage,
  LifecycleActionType,
  LifecyclePolicy,
  LifecyclePolicyDetail,
  LifecyclePreview,
  TimeUnit,
} from './types';

const DAY = 86_400_000;
const SEVERITY: Record<LifecycleActionType, number> = { DEPRECATE: 1, DISABLE: 2, DELETE: 3 };

function olderThan(created: number, value: number, unit: TimeUnit, at: number): boolean {
  if (unit === 'DAYS') return created + value * DAY <= at;
  if (unit === 'WEEKS') return created + value * 7 * DAY <= at;
  return addMonths(created, unit === 'YEARS' ? value * 12 : value) <= at;
}

const hasTags = (tags: Record<string, string> | undefined, wanted: Record<string, string>) =>
  Object.entries(wanted).every(([k, v]) => tags?.[k] === v);

function selected(policy: LifecyclePolicy, image: BuiltImage): boolean {
  if (image.type !== (policy.resourceType === 'AMI_IMAGE' ? 'AMI' : 'DOCKER')) return false;
  const { recipes, tagMap } = policy.resourceSelection;
  const [base = ''] = image.version.split('/');
  if (recipes !== undefined) {
    // a recipe's semantic version may use x wildcards (imagebuilder/ibhow-semantic-versioning)
    return recipes.some((r) => r.name === image.name && versionMatches(r.semanticVersion, base));
  }
  return hasTags(image.tags, tagMap ?? {});
}

/** Why an exclusion rule keeps the image, or null (imagebuilder/image-lifecycle-rules). */
function excluded(detail: LifecyclePolicyDetail, image: BuiltImage): string | null {
  const rules = detail.exclusionRules;
  if (rules === undefined) return null;
  if (rules.tagMap !== undefined && hasTags(image.tags, rules.tagMap))
    return 'it carries an excluded tag';
  const amis = rules.amis;
  if (amis === undefined || image.ami === undefined) return null;
  if (amis.isPublic === true && image.ami.isPublic === true) return 'its AMI is public';
  if (amis.regions?.some((r) => image.ami?.regions?.includes(r)))
    return 'its AMI is in an excluded Region';
  if (amis.sharedAccounts?.some((a) => image.ami?.sharedAccounts?.includes(a)))
    return 'its AMI is shared with an excluded account';
  if (amis.tagMap !== undefined && hasTags(image.ami.tags, amis.tagMap))
    return 'its AMI carries an excluded tag';
  return null;
}

const newestFirst = (a: BuiltImage, b: BuiltImage) =>
  Date.parse(b.dateCreated) - Date.parse(a.dateCreated) ||
  compareVersions(
    parseVersion(b.version.split('/')[0] ?? ''),
    parseVersion(a.version.split('/')[0] ?? ''),
  );

/** What the policy would do to the images now; the most severe action per image wins. */
export function previewImageLifecycle(
  policy: LifecyclePolicy,
  images: BuiltImage[],
  now: string,
): LifecyclePreview {
  const at = parseNow(now);
  const p = parseLifecyclePolicy(policy, 'policy');
  images = images.map((image, i) => parseBuiltImage(image, `images[${i}]`));
  const label = (i: BuiltImage) => `${i.name}/${i.version}`;
  const trace = [`lifecycle policy ${p.name} at ${new Date(at).toISOString()}`];
  if (p.status === 'DISABLED') {
    trace.push('the policy is DISABLED: it takes no action');
    return { actions: [], trace };
  }
  const chosen = new Map<string, { action: LifecycleActionType; rule: number }>();
  const inScope = images.filter((i) => selected(p, i));
  trace.push(
    `${inScope.length} of ${images.length} image(s) selected by ${p.resourceSelection.recipes === undefined ? 'tags' : 'recipe'} (imagebuilder/create-lifecycle-policies)`,
  );
  p.policyDetails.forEach((detail, rule) => {
    const { filter } = detail;
    // counts and retainAtLeast apply per recipe: this engine decides
    const byRecipe = new Map<string, BuiltImage[]>();
    for (const image of inScope)
      byRecipe.set(image.name, [...(byRecipe.get(image.name) ?? []), image]);
    for (const group of byRecipe.values()) {
      const ordered = [...group].sort(newestFirst);
      ordered.forEach((image, rank) => {
        const hit =
          filter.type === 'COUNT'
            ? rank >= filter.value
            : olderThan(Date.parse(image.dateCreated), filter.value, filter.unit ?? 'DAYS', at) &&
              rank >= (filter.retainAtLeast ?? 0);
        if (!hit) return;
        const why = excluded(detail, image);
        if (why !== null) {
          trace.push(
            `rule ${rule} (${detail.action.type}) skips ${label(image)}: ${why} (imagebuilder/image-lifecycle-rules)`,
          );
          return;
        }
        const current = chosen.get(label(image));
        if (current === undefined || SEVERITY[detail.action.type] > SEVERITY[current.action]) {
          chosen.set(label(image), { action: detail.action.type, rule });
        }
      });
    }
  });
  const statusOf = (i: BuiltImage) => i.status ?? 'AVAILABLE';
  const actions = images.flatMap((image) => {
    const c = chosen.get(label(image));
    if (c === undefined) return [];
    // an action that changes nothing is not taken: deprecating a deprecated or disabled image, disabling a disabled one
    const status = statusOf(image);
    if (c.action === 'DEPRECATE' && status !== 'AVAILABLE') return [];
    if (c.action === 'DISABLE' && status === 'DISABLED') return [];
    return [{ image: label(image), action: c.action, rule: c.rule }];
  });
  for (const a of actions) {
    trace.push(
      `${a.image}: ${a.action} by rule ${a.rule} — ${a.action === 'DEPRECATE' ? 'hidden from searches, still launchable; pipelines still run' : a.action === 'DISABLE' ? 'the AMI becomes private and cannot launch instances; accounts it was shared with lose it' : 'the image resource is deleted, with its AMIs and snapshots where the rule includes them'} (imagebuilder/image-lifecycle-rules)`,
    );
  }
  return { actions, trace };
}
