// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDecks } from '../../../src/domain/review';
import { loadGlossary, loadNumbers, loadTraps } from '../../../scripts/content/load';

const glossary = [
  {
    id: 'upstream-repository',
    term: 'Upstream repository',
    definition: 'Another repository in the same domain that is searched when a version is missing.',
    lesson: 'upstreams',
  },
];
const traps = [
  {
    id: 'npm-in-s3',
    lesson: 'why-artifact-management',
    title: 'Packages stored in S3',
    summary: 'Language packages belong in CodeArtifact, which speaks the package protocols.',
  },
];
const numbers = [
  {
    id: 'ecr-lifecycle-rules',
    lesson: 'ecr-lifecycle',
    prompt: 'Rules in one ECR lifecycle policy',
    answer: '50',
    source: { title: 'Amazon ECR service quotas', url: 'https://docs.aws.amazon.com/x' },
    checked: '2026-12-04',
  },
];

describe('buildDecks', () => {
  it('makes two cards per term (both directions), one per trap and one per number', () => {
    const cards = buildDecks({ glossary, traps, numbers });
    expect(cards.map((c) => [c.id, c.kind, c.lesson, c.front, c.back])).toEqual([
      ['term:upstream-repository', 'term', 'upstreams', glossary[0]!.term, glossary[0]!.definition],
      [
        'term:upstream-repository:reverse',
        'term',
        'upstreams',
        glossary[0]!.definition,
        glossary[0]!.term,
      ],
      ['trap:npm-in-s3', 'trap', 'why-artifact-management', traps[0]!.title, traps[0]!.summary],
      [
        'number:ecr-lifecycle-rules',
        'number',
        'ecr-lifecycle',
        'Rules in one ECR lifecycle policy',
        '50',
      ],
    ]);
  });

  it('gives the real content unique ids: 2 × terms + traps + numbers cards', () => {
    const content = { glossary: loadGlossary(), traps: loadTraps(), numbers: loadNumbers() };
    const cards = buildDecks(content);
    expect(cards).toHaveLength(
      2 * content.glossary.length + content.traps.length + content.numbers.length,
    );
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });
});
