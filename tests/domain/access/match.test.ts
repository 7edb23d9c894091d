import { describe, expect, it } from 'vitest';
import { describeCaller, parseArn, splitArn } from '../../../src/domain/access/arn';
import {
  compileArnPattern,
  glob,
  matchAction,
  matchArn,
  matchPrincipal,
  notPrincipalApplies,
} from '../../../src/domain/access/match';
import { PolicyError } from '../../../src/domain/errors';

const arnMatches = (pattern: string, value: string): boolean =>
  matchArn(compileArnPattern(pattern), value, splitArn(value));

describe('glob', () => {
  it.each([
    ['*', '', true],
    ['*', 'anything', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*log*', 'production-logs', true],
    ['**x', 'abx', true],
    ['a*b*c', 'aXbYbZc', true],
    ['exact', 'exact', true],
    ['exact', 'Exact', false],
  ])('%s ~ %s → %s', (pattern, value, expected) => {
    expect(glob(pattern, value)).toBe(expected);
  });
});

describe('actions (reference_policies_elements_action)', () => {
  it('match without regard to case, service prefix included', () => {
    expect(matchAction('ecr:batchgetimage', 'ecr:batchgetimage')).toBe(true);
    expect(matchAction('s3:get*', 's3:getobject')).toBe(true);
    expect(matchAction('s3:get*', 's3:putobject')).toBe(false);
    expect(matchAction('*', 'kms:decrypt')).toBe(true);
    expect(matchAction('iam:*report', 'iam:getorganizationsaccessreport')).toBe(true);
    expect(matchAction('s3:?etobject', 's3:getobject')).toBe(true);
  });
});

describe('resource ARNs (reference_policies_elements_resource)', () => {
  it('match segment by segment, case-sensitively', () => {
    expect(arnMatches('arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::carlossalazar/notes.txt')).toBe(
      true,
    );
    expect(arnMatches('arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::CarlosSalazar/notes.txt')).toBe(
      false,
    );
    expect(arnMatches('arn:aws:s3:::*log*', 'arn:aws:s3:::carlossalazar-logs')).toBe(true);
    expect(
      arnMatches(
        'arn:aws:ecr:*:111111111111:repository/*',
        'arn:aws:ecr:eu-west-1:111111111111:repository/app',
      ),
    ).toBe(true);
    expect(
      arnMatches(
        'arn:aws:ecr:*:111111111111:repository/*',
        'arn:aws:ecr:eu-west-1:222222222222:repository/app',
      ),
    ).toBe(false);
  });

  it('do not let a wildcard span a colon (Conditions_ARN example)', () => {
    const pattern = 'arn:aws:someservice:*:111122223333:finance/*';
    const value =
      'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';
    expect(glob(pattern, value)).toBe(true);
    expect(arnMatches(pattern, value)).toBe(false);
  });

  it('keep colons inside the resource segment', () => {
    expect(
      arnMatches(
        'arn:aws:logs:us-east-1:111111111111:log-group:app:*',
        'arn:aws:logs:us-east-1:111111111111:log-group:app:log-stream:x',
      ),
    ).toBe(true);
  });

  it('"*" matches everything, including the registry-wide "*"', () => {
    expect(arnMatches('*', '*')).toBe(true);
    expect(arnMatches('*', 'arn:aws:kms:us-east-1:111111111111:key/abc')).toBe(true);
    expect(arnMatches('arn:aws:ecr:us-east-1:111111111111:repository/app', '*')).toBe(false);
  });
});

describe('ARNs and callers', () => {
  it('split into six parts, keeping colons in the resource', () => {
    expect(parseArn('arn:aws:logs:us-east-1:111111111111:log-group:app')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'us-east-1',
      account: '111111111111',
      resource: 'log-group:app',
    });
    expect(parseArn('not-an-arn')).toBeNull();
  });

  it('describe each kind of caller; a session’s aws:PrincipalArn is its role', () => {
    expect(describeCaller('arn:aws:iam::111111111111:user/dev/carlos')).toMatchObject({
      kind: 'user',
      account: '111111111111',
      userName: 'carlos',
    });
    expect(describeCaller('arn:aws:sts::111111111111:assumed-role/ci/build')).toMatchObject({
      kind: 'assumed-role',
      roleName: 'ci',
      principalArn: 'arn:aws:iam::111111111111:role/ci',
    });
    expect(describeCaller('arn:aws:iam::111111111111:root')).toMatchObject({ kind: 'root' });
    expect(describeCaller('codebuild.amazonaws.com')).toMatchObject({
      kind: 'service',
      account: null,
    });
    expect(() => describeCaller('arn:aws:s3:::bucket')).toThrow(PolicyError);
    expect(() => describeCaller('arn:aws:iam::111111111111:group/devs')).toThrow(PolicyError);
  });
});

describe('principals (reference_policies_elements_principal)', () => {
  const session = describeCaller('arn:aws:sts::222222222222:assumed-role/ci/build-7');
  const user = describeCaller('arn:aws:iam::222222222222:user/dave');

  it('an account id and its root ARN both cover any principal of the account', () => {
    expect(matchPrincipal({ AWS: ['222222222222'] }, session)?.match).toBe('account');
    expect(matchPrincipal({ AWS: ['arn:aws:iam::222222222222:root'] }, user)?.match).toBe(
      'account',
    );
    expect(matchPrincipal({ AWS: ['arn:aws:iam::333333333333:root'] }, user)).toBeNull();
  });

  it('a role ARN covers the role’s sessions; a session ARN only itself', () => {
    expect(matchPrincipal({ AWS: ['arn:aws:iam::222222222222:role/ci'] }, session)?.match).toBe(
      'role',
    );
    expect(
      matchPrincipal({ AWS: ['arn:aws:iam::222222222222:role/path/ci'] }, session)?.match,
    ).toBe('role');
    expect(matchPrincipal({ AWS: ['arn:aws:iam::222222222222:role/other'] }, session)).toBeNull();
    expect(
      matchPrincipal({ AWS: ['arn:aws:sts::222222222222:assumed-role/ci/build-7'] }, session)
        ?.match,
    ).toBe('direct');
    expect(
      matchPrincipal({ AWS: ['arn:aws:sts::222222222222:assumed-role/ci/build-8'] }, session),
    ).toBeNull();
  });

  it('"*" covers everyone; the strongest entry wins', () => {
    expect(matchPrincipal('*', user)?.match).toBe('anyone');
    expect(matchPrincipal({ AWS: ['*'] }, user)?.match).toBe('anyone');
    expect(
      matchPrincipal({ AWS: ['222222222222', 'arn:aws:iam::222222222222:user/dave'] }, user),
    ).toEqual({
      match: 'direct',
      entry: 'arn:aws:iam::222222222222:user/dave',
    });
  });

  it('service principals cover only that service', () => {
    const svc = describeCaller('cloudtrail.amazonaws.com');
    expect(matchPrincipal({ Service: ['cloudtrail.amazonaws.com'] }, svc)?.match).toBe('service');
    expect(matchPrincipal({ Service: ['cloudtrail.amazonaws.com'] }, user)).toBeNull();
    expect(matchPrincipal({ AWS: ['222222222222'] }, svc)).toBeNull();
  });

  it('NotPrincipal excludes a session only when its account, role and session are all listed (reference_policies_elements_notprincipal)', () => {
    const full = {
      AWS: [
        'arn:aws:sts::222222222222:assumed-role/ci/build-7',
        'arn:aws:iam::222222222222:role/ci',
        'arn:aws:iam::222222222222:root',
      ],
    };
    expect(notPrincipalApplies(full, session)).toBeNull();
    expect(
      notPrincipalApplies({ AWS: ['arn:aws:sts::222222222222:assumed-role/ci/build-7'] }, session),
    ).toBe('222222222222');
    expect(
      notPrincipalApplies({ AWS: ['arn:aws:iam::222222222222:user/dave', '222222222222'] }, user),
    ).toBeNull();
    expect(notPrincipalApplies({ AWS: ['arn:aws:iam::222222222222:user/dave'] }, user)).toBe(
      '222222222222',
    );
  });
});
