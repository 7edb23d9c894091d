/** The Filter of an S3 lifecycle rule: Prefix, Tag, object size and the And operator (intro-lifecycle-filters). */
import { PolicyError } from '../errors';
import {
  expectArray,
  expectInteger,
  expectObject,
  expectString,
  has,
  join,
  rejectUnknownKeys,
} from './json';
import {
  S3_MAX_FILTER_SIZE,
  type S3AndOperator,
  type S3LifecycleFilter,
  type S3Tag,
} from './s3-types';

export function filterUsesTags(filter: S3LifecycleFilter): boolean {
  return filter.Tag !== undefined || (filter.And?.Tags?.length ?? 0) > 0;
}

function validateTag(raw: unknown, path: string): S3Tag {
  const tag = expectObject(raw, path, 'a tag');
  rejectUnknownKeys(tag, ['Key', 'Value'], path);
  if (!has(tag, 'Key')) throw new PolicyError(join(path, 'Key'), 'a tag needs a Key');
  const key = expectString(tag['Key'], join(path, 'Key'), 'Key');
  // Key: 1–128 characters, Value up to 256 (API_Tag)
  if (key.length < 1 || key.length > 128)
    throw new PolicyError(join(path, 'Key'), 'a tag Key is 1–128 characters');
  if (!has(tag, 'Value')) return { Key: key };
  const value = expectString(tag['Value'], join(path, 'Value'), 'Value');
  if (value.length > 256)
    throw new PolicyError(join(path, 'Value'), 'a tag Value is at most 256 characters');
  return { Key: key, Value: value };
}

function validateSize(raw: unknown, path: string, name: string): number {
  // sizes are non-negative byte counts up to 50 TB (intro-lifecycle-filters)
  return expectInteger(raw, path, name, 0, S3_MAX_FILTER_SIZE);
}

export function validateFilter(raw: unknown, path: string): S3LifecycleFilter {
  const filter = expectObject(raw, path, 'Filter');
  rejectUnknownKeys(
    filter,
    ['Prefix', 'Tag', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan', 'And'],
    path,
  );
  const keys = Object.keys(filter);
  // a Filter has exactly one of Prefix, Tag, ObjectSizeGreaterThan, ObjectSizeLessThan or And, or is empty (API_LifecycleRule)
  if (keys.length > 1) {
    throw new PolicyError(
      path,
      `a Filter holds one predicate; combine ${keys.join(' and ')} inside "And"`,
    );
  }
  const key = keys[0];
  if (key === undefined) return {};
  const p = join(path, key);
  switch (key) {
    case 'Prefix':
      return { Prefix: expectString(filter['Prefix'], p, 'Prefix') };
    case 'Tag':
      return { Tag: validateTag(filter['Tag'], p) };
    case 'ObjectSizeGreaterThan':
      return { ObjectSizeGreaterThan: validateSize(filter[key], p, key) };
    case 'ObjectSizeLessThan':
      return { ObjectSizeLessThan: validateSize(filter[key], p, key) };
    default:
      return { And: validateAnd(filter['And'], p) };
  }
}

function validateAnd(raw: unknown, path: string): S3AndOperator {
  const and = expectObject(raw, path, 'And');
  rejectUnknownKeys(and, ['Prefix', 'Tags', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'], path);
  const out: S3AndOperator = {};
  let predicates = 0;
  if (has(and, 'Prefix')) {
    out.Prefix = expectString(and['Prefix'], join(path, 'Prefix'), 'Prefix');
    predicates += 1;
  }
  if (has(and, 'Tags')) {
    const list = expectArray(and['Tags'], join(path, 'Tags'), 'Tags');
    out.Tags = list.map((t, i) => validateTag(t, join(join(path, 'Tags'), i)));
    const seen = new Set<string>();
    out.Tags.forEach((tag, i) => {
      // each tag key in a filter must be unique (intro-lifecycle-filters)
      if (seen.has(tag.Key))
        throw new PolicyError(
          join(join(join(path, 'Tags'), i), 'Key'),
          `tag key "${tag.Key}" appears twice`,
        );
      seen.add(tag.Key);
    });
    predicates += out.Tags.length;
  }
  for (const size of ['ObjectSizeGreaterThan', 'ObjectSizeLessThan'] as const) {
    if (has(and, size)) {
      out[size] = validateSize(and[size], join(path, size), size);
      predicates += 1;
    }
  }
  // And combines two or more predicates (API_LifecycleRuleAndOperator)
  if (predicates < 2)
    throw new PolicyError(
      path,
      'And combines two or more predicates; use the predicate directly in Filter',
    );
  // ObjectSizeGreaterThan must be less than ObjectSizeLessThan (intro-lifecycle-filters)
  if (
    out.ObjectSizeGreaterThan !== undefined &&
    out.ObjectSizeLessThan !== undefined &&
    out.ObjectSizeGreaterThan >= out.ObjectSizeLessThan
  ) {
    throw new PolicyError(
      join(path, 'ObjectSizeLessThan'),
      'ObjectSizeGreaterThan must be less than ObjectSizeLessThan',
    );
  }
  return out;
}
