/**
 * Registry replication (ecr/replication): which destinations a push reaches, what each
 * destination still needs, replication of deletes (ecr/replication-delete) and backfill
 * (ecr/replication-backfill).
 */
import { prefixFilterMatches } from './filters';
import { destinationRepository, registryRefusal, storeImage } from './destination';
import { partitionOf } from './rules';
import {
  parseRegistry,
  parseReplicationConfiguration,
  parseSource,
  parseSourceDeletion,
  parseStoredImage,
} from './schema';
import type {
  BackfillResult,
  DeletionReplicationResult,
  DestinationOutcome,
  Registry,
  ReplicationConfiguration,
  ReplicationDestination,
  ReplicationResult,
  ReplicationRule,
  SourceDeletion,
  StoredImage,
} from './types';

type Source = { registryId: string; region: string };

const key = (d: ReplicationDestination) => `${d.registryId}/${d.region}`;

function ruleMatches(rule: ReplicationRule, repositoryName: string): boolean {
  const filters = rule.repositoryFilters ?? [];
  // no filters: every repository replicates (ecr/replication)
  return filters.length === 0 || filters.some((f) => prefixFilterMatches(f.filter, repositoryName));
}

/** The rules that select a repository, each with its index. */
function matchingRules(configuration: ReplicationConfiguration | null, repositoryName: string) {
  const config =
    configuration === null
      ? { rules: [] }
      : parseReplicationConfiguration(configuration, 'configuration');
  return config.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => ruleMatches(rule, repositoryName));
}

/** Every destination a push to the repository reaches, once each, in rule order. */
export function replicationDestinations(
  configuration: ReplicationConfiguration | null,
  repositoryName: string,
): { destinations: ReplicationDestination[]; trace: string[] } {
  const trace: string[] = [];
  const seen = new Map<string, ReplicationDestination>();
  const matching = matchingRules(configuration, repositoryName);
  for (const { rule, index } of matching) {
    trace.push(
      `rule ${index} selects ${repositoryName}${rule.repositoryFilters?.length ? ` (prefix ${rule.repositoryFilters.map((f) => `"${f.filter}"`).join(' or ')})` : ' (no filter: every repository)'} → ${rule.destinations.map(key).join(', ')} (ecr/replication)`,
    );
    for (const d of rule.destinations) if (!seen.has(key(d))) seen.set(key(d), d);
  }
  if (matching.length === 0) {
    trace.push(
      `no replication rule selects ${repositoryName}: it replicates nowhere (ecr/replication)`,
    );
  }
  return { destinations: [...seen.values()], trace };
}

function registryAt(registries: readonly Registry[], d: ReplicationDestination): Registry {
  return (
    registries.find((r) => r.registryId === d.registryId && r.region === d.region) ?? {
      registryId: d.registryId,
      region: d.region,
      repositories: {},
    }
  );
}

function withRegistry(registries: readonly Registry[], next: Registry): Registry[] {
  const rest = registries.filter(
    (r) => !(r.registryId === next.registryId && r.region === next.region),
  );
  return [...rest, next];
}

/** One push replicated to every destination. Never mutates its input. */
export function replicateImage(input: {
  source: Source;
  configuration: ReplicationConfiguration | null;
  repositoryName: string;
  image: StoredImage;
  origin?: 'push' | 'replication';
  registries: Registry[];
}): ReplicationResult {
  let registries = input.registries.map((r, i) => parseRegistry(r, `registries[${i}]`));
  const source = parseSource(input.source, 'source');
  const image = parseStoredImage(input.image, 'image');
  const name = input.repositoryName;
  const trace = [`replicate ${name}@${image.imageDigest} from ${key(source)}`];
  // replication happens once per push: what arrived by replication is not replicated again (ecr/replication)
  if (input.origin === 'replication') {
    trace.push(
      'this image arrived by replication; a replication action occurs only once per image push, so it goes no further (ecr/replication)',
    );
    return { destinations: [], registries, trace };
  }
  const planned = replicationDestinations(input.configuration, name);
  trace.push(...planned.trace);
  const destinations: DestinationOutcome[] = [];
  for (const d of planned.destinations) {
    const label = key(d);
    const outcome = (
      status: DestinationOutcome['status'],
      reason: string,
      extra: Partial<DestinationOutcome> = {},
    ) => {
      destinations.push({
        region: d.region,
        registryId: d.registryId,
        status,
        reason,
        repositoryCreated: false,
        appliedTemplate: null,
        imageTags: [],
        ...extra,
      });
      trace.push(`${label}: ${status} — ${reason}`);
    };
    if (d.registryId === source.registryId && d.region === source.region) {
      outcome(
        'FAILED',
        'the destination is the source registry itself; nothing to copy (this engine refuses it)',
      );
      continue;
    }
    // replication never crosses a partition (ecr/replication)
    if (partitionOf(d.region) !== partitionOf(source.region)) {
      outcome(
        'FAILED',
        `${d.region} is in another partition; replication is not supported between partitions (ecr/replication)`,
      );
      continue;
    }
    let registry = registryAt(registries, d);
    const crossAccount = d.registryId !== source.registryId;
    // cross-account: the destination's registry permissions policy must allow the source (ecr/registry-permissions)
    const refusal = crossAccount
      ? registryRefusal('ecr:ReplicateImage', source.registryId, registry, name)
      : null;
    if (refusal !== null) {
      outcome(
        'FAILED',
        `${d.registryId} does not let account ${source.registryId} replicate into it: ${refusal}; cross-account replication needs the destination's registry permissions policy to allow ecr:ReplicateImage (ecr/registry-permissions)`,
      );
      continue;
    }
    const target = destinationRepository(registry, name);
    // creating the repository cross-account also needs ecr:CreateRepository in that policy (ecr/replication)
    if (target.created && crossAccount) {
      const noCreate = registryRefusal('ecr:CreateRepository', source.registryId, registry, name);
      if (noCreate !== null) {
        outcome(
          'FAILED',
          `${name} does not exist in ${d.registryId} and ${noCreate}, so create the repository there first or grant ecr:CreateRepository (ecr/replication)`,
        );
        continue;
      }
    }
    trace.push(...target.trace);
    const stored = storeImage(target.repository, image);
    registry = {
      ...registry,
      repositories: { ...registry.repositories, [name]: stored.repository },
    };
    registries = withRegistry(registries, registry);
    outcome(
      'COMPLETE',
      `${name}@${image.imageDigest} copied${stored.tags.length ? ` with tags ${stored.tags.join(', ')}` : ''}${stored.dropped.length ? `; tags ${stored.dropped.join(', ')} already exist there on another image and the repository is immutable, so they are left off (ecr/replication)` : ''}`,
      {
        repositoryCreated: target.created,
        appliedTemplate: target.repository.appliedTemplate,
        imageTags: stored.tags,
      },
    );
  }
  return { destinations, registries, trace };
}

/** A source deletion reaches only the destinations of rules with replication of deletes on. */
export function replicateDeletion(input: {
  source: Source;
  configuration: ReplicationConfiguration | null;
  repositoryName: string;
  deletion: SourceDeletion;
  registries: Registry[];
}): DeletionReplicationResult {
  let registries = input.registries.map((r, i) => parseRegistry(r, `registries[${i}]`));
  const name = input.repositoryName;
  const deletion = parseSourceDeletion(input.deletion, 'deletion');
  const trace = [
    `${deletion.type} ${name}@${deletion.imageDigest}${deletion.type === 'tag-removed' ? ` tag ${deletion.imageTag}` : ''} in ${key(input.source)}`,
  ];
  const replicatedTo: ReplicationDestination[] = [];
  const matching = matchingRules(input.configuration, name);
  if (matching.length === 0) trace.push(`no replication rule selects ${name} (ecr/replication)`);
  for (const { rule, index } of matching) {
    // replication of deletes is off unless the rule enables it (ecr/replication-delete)
    if (rule.deleteReplication?.enabled !== true) {
      trace.push(
        `rule ${index} does not replicate deletes (off by default): ${rule.destinations.map(key).join(', ')} keep the image; each destination needs its own lifecycle policy, since lifecycle policies are per Region and account (ecr/replication-delete)`,
      );
      continue;
    }
    for (const d of rule.destinations) {
      if (replicatedTo.some((r) => key(r) === key(d))) continue;
      const registry = registryAt(registries, d);
      const repository = registry.repositories[name];
      const image = repository?.images.find((i) => i.imageDigest === deletion.imageDigest);
      if (repository === undefined || image === undefined) {
        trace.push(`${key(d)}: holds no ${name}@${deletion.imageDigest}; nothing to delete`);
        continue;
      }
      const remaining =
        deletion.type === 'tag-removed'
          ? image.imageTags.filter((t) => t !== deletion.imageTag)
          : [];
      // removing the last tag deletes the untagged image at the destination too (ecr/replication-delete)
      const images =
        remaining.length > 0
          ? repository.images.map((i) => (i === image ? { ...i, imageTags: remaining } : i))
          : repository.images.filter((i) => i !== image);
      registries = withRegistry(registries, {
        ...registry,
        repositories: { ...registry.repositories, [name]: { ...repository, images } },
      });
      replicatedTo.push(d);
      const what =
        deletion.type === 'tag-removed' && remaining.length > 0
          ? `tag ${deletion.imageTag} removed`
          : 'image deleted';
      const why =
        deletion.type === 'lifecycle-expired'
          ? ' (a lifecycle expiration in the source counts as a deletion)'
          : '';
      trace.push(`${key(d)}: ${what}${why} (ecr/replication-delete)`);
    }
  }
  return { replicatedTo, registries, trace };
}

/** Replication backfill to one destination: the images the current rules send there. */
export function planReplicationBackfill(input: {
  source: Source;
  configuration: ReplicationConfiguration | null;
  destination: ReplicationDestination;
  images: { repositoryName: string; imageDigest: string }[];
}): BackfillResult {
  const target = key(input.destination);
  // a backfill targets one destination; start one per destination (ecr/replication-backfill)
  const trace = [
    `replication backfill from ${key(input.source)} to ${target} (one destination per backfill) (ecr/replication-backfill)`,
  ];
  const images = input.images.filter((image) => {
    const rules = matchingRules(input.configuration, image.repositoryName);
    // only images matching the current replication rules qualify (ecr/replication-backfill)
    const selected = rules.some(({ rule }) => rule.destinations.some((d) => key(d) === target));
    trace.push(
      `${image.repositoryName}@${image.imageDigest}: ${selected ? 'qualifies' : `no rule sends ${image.repositoryName} to ${target}`} (ecr/replication-backfill)`,
    );
    return selected;
  });
  return { images, trace };
}
