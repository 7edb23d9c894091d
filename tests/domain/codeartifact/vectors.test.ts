// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  publishPackageVersion,
  requestPackageVersion,
  searchOrder,
  validateDomain,
} from '../../../src/domain/codeartifact';
import type {
  CodeArtifactDomain,
  PackageOriginControls,
  PackageRecord,
  PublishResult,
  RequestResult,
  SearchStep,
} from '../../../src/domain/codeartifact';
import { applyEdit, deepFreeze, ref } from './helpers';
import type { Edit } from './helpers';

/** A worked example from the AWS docs: a domain and the steps the page walks through. */
interface Vector {
  title: string;
  source: string;
  claim: string;
  /** Paths validateDomain reports for the domain as the page draws it (default: none). */
  expectIssues?: string[];
  domain: CodeArtifactDomain;
  steps: Step[];
}

interface Outcome {
  status?: number;
  servedBy?: string | null;
  searched?: string[];
  retainedIn?: string[];
  /** The packages of a repository afterwards, exactly. */
  packagesAfter?: Record<string, Record<string, PackageRecord>>;
  /** The origin controls of a package in a repository afterwards. */
  originAfter?: Record<string, Record<string, PackageOriginControls>>;
}

type Call = { repo: string; package: string; version: string };

type Step = { note?: string } & (
  | { searchOrder: string; expect: SearchStep[] }
  | { request: Call; expect: Outcome }
  | { publish: Call; expect: Outcome }
  | { edit: Edit }
);

const files = import.meta.glob<Vector>('../../vectors/codeartifact/*.json', {
  eager: true,
  import: 'default',
});

function check(outcome: Outcome, result: RequestResult | PublishResult): void {
  const { packagesAfter, originAfter, ...fields } = outcome;
  expect(result).toMatchObject(fields);
  for (const [repo, packages] of Object.entries(packagesAfter ?? {})) {
    expect(result.domain.repositories[repo]?.packages).toEqual(packages);
  }
  for (const [repo, byPackage] of Object.entries(originAfter ?? {})) {
    for (const [key, origin] of Object.entries(byPackage)) {
      expect(result.domain.repositories[repo]?.packages[key]?.origin).toEqual(origin);
    }
  }
}

describe('worked examples from the CodeArtifact user guide', () => {
  it('has vectors to run', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(8);
  });

  for (const [file, vector] of Object.entries(files)) {
    describe(`${file.split('/').pop()}: ${vector.title}`, () => {
      it('cites a user-guide page and states the claim it checks', () => {
        expect(vector.source).toMatch(
          /^https:\/\/docs\.aws\.amazon\.com\/codeartifact\/latest\/ug\/[a-z-]+\.html#?/,
        );
        expect(vector.claim.length).toBeGreaterThan(40);
      });

      it('starts from a domain AWS could hold, or reports what the page simplified', () => {
        expect(validateDomain(vector.domain).map((issue) => issue.path)).toEqual(
          vector.expectIssues ?? [],
        );
      });

      it('walks through every step as documented', () => {
        let domain = deepFreeze(structuredClone(vector.domain));
        vector.steps.forEach((step, index) => {
          const where = `step ${index + 1}${step.note ? ` (${step.note})` : ''}`;
          const before = structuredClone(domain);
          if ('edit' in step) {
            domain = deepFreeze(applyEdit(domain, step.edit));
            return;
          }
          if ('searchOrder' in step) {
            expect(searchOrder(domain, step.searchOrder), where).toEqual(step.expect);
            return;
          }
          const call = 'request' in step ? step.request : step.publish;
          const result =
            'request' in step
              ? requestPackageVersion(domain, call.repo, ref(call.package), call.version)
              : publishPackageVersion(domain, call.repo, ref(call.package), call.version);
          try {
            check(step.expect, result);
          } catch (error) {
            throw new Error(
              `${where}: ${(error as Error).message}\ntrace:\n${result.trace.join('\n')}`,
              { cause: error },
            );
          }
          expect(domain, `${where} left its input unchanged`).toEqual(before);
          domain = deepFreeze(result.domain);
        });
      });
    });
  }
});
