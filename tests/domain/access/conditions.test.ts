import { describe, expect, it } from 'vitest';
import { evaluateConditions, parseOperator } from '../../../src/domain/access/conditions';
import type { ConditionBlock } from '../../../src/domain/access/types';

const ctx = (entries: Record<string, string | string[]>): Map<string, string[]> =>
  new Map(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v : [v]]));

const holds = (
  block: ConditionBlock,
  context: Record<string, string | string[]> = {},
  variables = true,
): boolean => evaluateConditions(block, ctx(context), variables).ok;

describe('condition operators (reference_policies_elements_condition_operators)', () => {
  it('parse the set prefix and IfExists suffix; IfExists is not allowed on Null', () => {
    expect(parseOperator('ForAnyValue:StringLikeIfExists')).toMatchObject({
      base: 'StringLike',
      set: 'ForAnyValue',
      ifExists: true,
    });
    expect(parseOperator('NullIfExists')).toBeNull();
    expect(parseOperator('StringEqualz')).toBeNull();
  });

  it('string operators: exact, ignore-case, like; key names case-insensitive, values case-sensitive', () => {
    expect(
      holds(
        { StringEquals: { 'aws:PrincipalOrgID': ['o-abc'] } },
        { 'AWS:principalorgid': 'o-abc' },
      ),
    ).toBe(true);
    expect(
      holds(
        { StringEquals: { 'aws:PrincipalOrgID': ['o-ABC'] } },
        { 'aws:PrincipalOrgID': 'o-abc' },
      ),
    ).toBe(false);
    expect(holds({ StringEqualsIgnoreCase: { k: ['O-ABC'] } }, { k: 'o-abc' })).toBe(true);
    expect(holds({ StringNotEqualsIgnoreCase: { k: ['O-ABC'] } }, { k: 'o-abc' })).toBe(false);
    expect(
      holds({ StringLike: { 's3:prefix': ['home/*'] } }, { 's3:prefix': 'home/carlos/' }),
    ).toBe(true);
    expect(holds({ StringNotLike: { 's3:prefix': ['home/*'] } }, { 's3:prefix': 'tmp/' })).toBe(
      true,
    );
  });

  it('several values for one key are OR-ed; several keys and operators are AND-ed', () => {
    expect(holds({ StringEquals: { k: ['a', 'b'] } }, { k: 'b' })).toBe(true);
    expect(holds({ StringEquals: { k: ['a'], j: ['x'] } }, { k: 'a', j: 'y' })).toBe(false);
    expect(
      holds(
        { StringEquals: { k: ['a'] }, Bool: { 'aws:SecureTransport': ['true'] } },
        { k: 'a', 'aws:SecureTransport': 'true' },
      ),
    ).toBe(true);
    // a negated operator with several values: the request value matches none of them
    expect(holds({ StringNotEquals: { k: ['a', 'b'] } }, { k: 'b' })).toBe(false);
    expect(holds({ StringNotEquals: { k: ['a', 'b'] } }, { k: 'c' })).toBe(true);
  });

  it('a missing key: false, a negated operator true, IfExists true; Null tests presence', () => {
    expect(holds({ StringEquals: { 'aws:SourceAccount': ['111111111111'] } })).toBe(false);
    expect(holds({ StringNotEquals: { 'aws:SourceAccount': ['111111111111'] } })).toBe(true);
    expect(holds({ ArnNotLike: { 'aws:SourceArn': ['arn:aws:sns:*:*:x'] } })).toBe(true);
    expect(holds({ StringEqualsIfExists: { 'ec2:InstanceType': ['t2.*'] } })).toBe(true);
    expect(
      holds(
        { StringLikeIfExists: { 'ec2:InstanceType': ['t2.*'] } },
        { 'ec2:InstanceType': 'm5.large' },
      ),
    ).toBe(false);
    expect(holds({ Null: { 'aws:TokenIssueTime': ['true'] } })).toBe(true);
    expect(holds({ Null: { 'aws:TokenIssueTime': ['false'] } })).toBe(false);
    expect(
      holds(
        { Null: { 'aws:TokenIssueTime': ['false'] } },
        { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' },
      ),
    ).toBe(true);
  });

  it('set operators: ForAllValues true on an empty or missing key, ForAnyValue false (reference_policies_multi-value-conditions)', () => {
    const allowed = {
      'ForAllValues:StringLike': {
        'dynamodb:requestedAttributes': ['PostDateTime', 'Message', 'Tags'],
      },
    };
    expect(holds(allowed, { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message'] })).toBe(
      true,
    );
    expect(holds(allowed, { 'dynamodb:requestedAttributes': ['PostDateTime', 'UserName'] })).toBe(
      false,
    );
    expect(holds(allowed, {})).toBe(true);
    expect(holds(allowed, { 'dynamodb:requestedAttributes': [] })).toBe(true);
    const forbidden = {
      'ForAnyValue:StringLike': { 'dynamodb:requestedAttributes': ['ID', 'PostDateTime'] },
    };
    expect(
      holds(forbidden, { 'dynamodb:requestedAttributes': ['UserName', 'Message', 'PostDateTime'] }),
    ).toBe(true);
    expect(holds(forbidden, { 'dynamodb:requestedAttributes': ['UserName'] })).toBe(false);
    expect(holds(forbidden, {})).toBe(false);
    expect(holds({ 'ForAllValues:StringNotEquals': { k: ['x'] } }, { k: ['a', 'b'] })).toBe(true);
    expect(holds({ 'ForAnyValue:StringNotEquals': { k: ['a'] } }, { k: ['a', 'b'] })).toBe(true);
  });

  it('numeric, date, bool and binary comparisons', () => {
    expect(
      holds({ NumericLessThanEquals: { 's3:max-keys': ['10'] } }, { 's3:max-keys': '10' }),
    ).toBe(true);
    expect(holds({ NumericLessThan: { 's3:max-keys': ['10'] } }, { 's3:max-keys': '10' })).toBe(
      false,
    );
    expect(holds({ NumericGreaterThan: { n: ['1.5'] } }, { n: '2' })).toBe(true);
    expect(holds({ NumericEquals: { n: ['1'] } }, { n: 'one' })).toBe(false);
    expect(
      holds(
        { DateGreaterThan: { 'aws:TokenIssueTime': ['2020-01-01T00:00:01Z'] } },
        { 'aws:TokenIssueTime': '2020-06-01T00:00:00Z' },
      ),
    ).toBe(true);
    expect(
      holds(
        { DateLessThan: { 'aws:CurrentTime': ['2020-01-01T00:00:00Z'] } },
        { 'aws:CurrentTime': '1577836799' },
      ),
    ).toBe(true);
    expect(
      holds(
        { DateEquals: { 'aws:CurrentTime': ['2020-01-01'] } },
        { 'aws:CurrentTime': '2020-01-01T00:00:00Z' },
      ),
    ).toBe(true);
    expect(
      holds({ Bool: { 'aws:SecureTransport': ['false'] } }, { 'aws:SecureTransport': 'FALSE' }),
    ).toBe(true);
    expect(holds({ BinaryEquals: { k: ['QmluYXJ5'] } }, { k: 'QmluYXJ5' })).toBe(true);
  });

  it('IP addresses and CIDR ranges, v4 and v6 (Conditions_IPAddress)', () => {
    expect(
      holds(
        { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
        { 'aws:SourceIp': '203.0.113.77' },
      ),
    ).toBe(true);
    expect(
      holds(
        { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
        { 'aws:SourceIp': '203.0.114.1' },
      ),
    ).toBe(false);
    expect(
      holds({ IpAddress: { 'aws:SourceIp': ['203.0.113.5'] } }, { 'aws:SourceIp': '203.0.113.5' }),
    ).toBe(true);
    expect(
      holds({ NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } }, { 'aws:SourceIp': '192.0.2.1' }),
    ).toBe(true);
    expect(
      holds(
        { IpAddress: { 'aws:SourceIp': ['2001:DB8:1234:5678::/64'] } },
        { 'aws:SourceIp': '2001:db8:1234:5678:abcd::1' },
      ),
    ).toBe(true);
    expect(
      holds(
        { IpAddress: { 'aws:SourceIp': ['2001:DB8:1234:5678::/64'] } },
        { 'aws:SourceIp': '2001:db8:1234:5679::1' },
      ),
    ).toBe(false);
    expect(
      holds(
        { IpAddress: { 'aws:SourceIp': ['::ffff:192.0.2.0/120'] } },
        { 'aws:SourceIp': '::ffff:192.0.2.9' },
      ),
    ).toBe(true);
    expect(
      holds(
        { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
        { 'aws:SourceIp': '2001:db8::1' },
      ),
    ).toBe(false);
  });

  it('ARN operators compare segment by segment; ArnEquals behaves like ArnLike (Conditions_ARN)', () => {
    expect(
      holds(
        { ArnEquals: { 'aws:SourceArn': ['arn:aws:sns:*:123456789012:TOPIC-ID'] } },
        { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:TOPIC-ID' },
      ),
    ).toBe(true);
    expect(
      holds(
        { ArnLike: { 'aws:SourceArn': ['arn:aws:someservice:*:111122223333:finance/*'] } },
        {
          'aws:SourceArn':
            'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
        },
      ),
    ).toBe(false);
    expect(
      holds(
        { StringLike: { 'aws:SourceArn': ['arn:aws:someservice:*:111122223333:finance/*'] } },
        {
          'aws:SourceArn':
            'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
        },
      ),
    ).toBe(true);
  });

  it('policy variables in Version 2012-10-17, with defaults and literal ${*} (reference_policies_variables)', () => {
    expect(
      holds(
        { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } },
        { 's3:prefix': 'home/carlos/x', 'aws:username': 'carlos' },
      ),
    ).toBe(true);
    expect(
      holds(
        { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } },
        { 's3:prefix': 'home/maria/x', 'aws:username': 'carlos' },
      ),
    ).toBe(false);
    expect(holds({ StringEquals: { k: ["${aws:username, 'nobody'}"] } }, { k: 'nobody' })).toBe(
      true,
    );
    expect(holds({ StringLike: { k: ['a${*}'] } }, { k: 'a*' })).toBe(true);
    expect(holds({ StringLike: { k: ['a${*}'] } }, { k: 'abc' })).toBe(false);
    // without a value and without a default, the value matches nothing
    expect(holds({ StringEquals: { k: ['${aws:username}'] } }, { k: '${aws:username}' })).toBe(
      false,
    );
    // in a 2008-10-17 policy the text is literal
    expect(
      holds({ StringEquals: { k: ['${aws:username}'] } }, { k: '${aws:username}' }, false),
    ).toBe(true);
  });
});
