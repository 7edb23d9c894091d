/**
 * Repository creation templates (ecr/repository-creation-templates): the settings ECR gives a
 * repository it creates on your behalf, and the defaults when no template applies.
 */
import type { Repository, RepositoryCreationScenario, RepositoryCreationTemplate } from './types';

/** The template for a repository ECR creates: the longest matching prefix, else ROOT. */
export function creationTemplateFor(
  templates: readonly RepositoryCreationTemplate[],
  repositoryName: string,
  scenario: RepositoryCreationScenario,
): { template: RepositoryCreationTemplate | null; trace: string[] } {
  const usable = templates.filter((t) => t.appliedFor.includes(scenario));
  // a prefix always carries an assumed trailing "/" (ecr/API_CreateRepositoryCreationTemplate)
  const matching = usable
    .filter(
      (t) => t.prefix !== 'ROOT' && repositoryName.startsWith(`${t.prefix.replace(/\/$/, '')}/`),
    )
    .sort((a, b) => b.prefix.length - a.prefix.length);
  // the most specific prefix wins: not stated by AWS; this engine decides
  const chosen = matching[0] ?? usable.find((t) => t.prefix === 'ROOT') ?? null;
  if (chosen === null) {
    return {
      template: null,
      trace: [
        `no repository creation template for ${scenario} matches ${repositoryName} (ecr/repository-creation-templates)`,
      ],
    };
  }
  // ROOT applies to every repository that no other template covers (ecr/API_CreateRepositoryCreationTemplate)
  return {
    template: chosen,
    trace: [
      chosen.prefix === 'ROOT'
        ? `no prefix matches ${repositoryName}, so the ROOT template applies (ecr/API_CreateRepositoryCreationTemplate)`
        : `template "${chosen.prefix}" applies to ${repositoryName} (ecr/repository-creation-templates)`,
    ],
  };
}

/**
 * A repository ECR creates for `scenario`: the template's settings, or the defaults — mutable
 * tags, AES256 encryption, and no lifecycle or repository policy (ecr/replication).
 */
export function createdRepository(
  template: RepositoryCreationTemplate | null,
  scenario: RepositoryCreationScenario,
): Repository {
  return {
    imageTagMutability: template?.imageTagMutability ?? 'MUTABLE',
    encryptionConfiguration: template?.encryptionConfiguration ?? { encryptionType: 'AES256' },
    lifecyclePolicy: template?.lifecyclePolicy ?? null,
    repositoryPolicy: template?.repositoryPolicy ?? null,
    createdBy: scenario,
    appliedTemplate: template?.prefix ?? null,
    images: [],
  };
}
