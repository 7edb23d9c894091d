import { bench, describe } from 'vitest';
import { requestPackageVersion } from '../../src/domain/codeartifact';
import type { CodeArtifactDomain, Repository } from '../../src/domain/codeartifact';

// Budget (DESIGN.md): a package request through a 25-repository domain in ≤ 20 µs.
// r00 → r01 → … → r24, and r24 holds the external connection to npmjs.com.
const names = Array.from({ length: 25 }, (_, i) => `r${String(i).padStart(2, '0')}`);
const repositories: Record<string, Repository> = {};
names.forEach((name, i) => {
  const next = names[i + 1];
  repositories[name] = {
    upstreams: next === undefined ? [] : [next],
    packages: {
      'npm/left-pad': { versions: ['1.0.0'] },
      [`npm/internal-${i}`]: { versions: ['1.0.0'] },
    },
  };
});
const last = repositories.r24;
if (last) {
  last.externalConnection = 'public:npmjs';
  last.packages['npm/react'] = { versions: ['19.0.0'] };
}
const domain: CodeArtifactDomain = {
  name: 'bench',
  repositories,
  registries: {
    'public:npmjs': { available: true, packages: { 'npm/lodash': ['4.17.20', '4.17.21'] } },
  },
};

describe('requestPackageVersion through 25 repositories', () => {
  bench('miss in all 25, fetched through the external connection (retained twice)', () => {
    requestPackageVersion(domain, 'r00', { format: 'npm', name: 'lodash' }, '4.17.21');
  });

  bench('hit in the 25th repository (retained once)', () => {
    requestPackageVersion(domain, 'r00', { format: 'npm', name: 'react' }, '19.0.0');
  });

  bench('hit in the requested repository', () => {
    requestPackageVersion(domain, 'r00', { format: 'npm', name: 'left-pad' }, '1.0.0');
  });

  bench('miss everywhere (404 after 25 repositories and the connection)', () => {
    requestPackageVersion(domain, 'r00', { format: 'npm', name: 'lodash' }, '0.0.1');
  });
});
