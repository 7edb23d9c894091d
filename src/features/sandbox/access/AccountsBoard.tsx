import { memo, type ReactNode } from 'react';
import {
  keyAlias,
  principalContext,
  resourceArns,
  roleArn,
  type AccessScenario,
  type Account,
} from '../../../domain/access/scenario';
import { PolicyCard } from './PolicyCard';
import type { AccessWorkspace } from './useAccessWorkspace';

interface BoardProps {
  scenario: AccessScenario;
  workspace: AccessWorkspace;
}

function Entity({
  kind,
  name,
  arn,
  children,
}: {
  kind: string;
  name: string;
  arn: string;
  children: ReactNode;
}) {
  return (
    <article className="access-entity">
      <h4>
        <span className="access-kind">{kind}</span> {name}
      </h4>
      <p className="access-arn">{arn}</p>
      {children}
    </article>
  );
}

function AccountColumn({ scenario, account, workspace }: BoardProps & { account: Account }) {
  const r = scenario.resources;
  const arns = resourceArns(scenario);
  const member = scenario.organization?.members.includes(account.id);
  const principals = scenario.principals.filter((p) => p.account === account.id);
  const here = (a: string) => a === account.id;
  const empty =
    principals.length === 0 &&
    ![r.ecr.account, r.s3.account, r.kms.account, r.codeartifact.account].some(here);
  return (
    <section className="access-account" aria-labelledby={`account-${account.id}`}>
      <h3 id={`account-${account.id}`}>
        {account.name} account <span className="access-account-id">{account.id}</span>
      </h3>
      <p className="muted access-member">
        {member ? `In organization ${scenario.organization!.id}` : 'Not in the organization'}
      </p>
      {principals.map((p) => {
        const context = Object.entries(principalContext(scenario, p));
        return (
          <Entity key={p.name} kind="IAM role" name={p.name} arn={roleArn(p)}>
            <PolicyCard scenario={scenario} id={`identity:${p.name}`} workspace={workspace} />
            <PolicyCard scenario={scenario} id={`boundary:${p.name}`} workspace={workspace} />
            {context.length > 0 && (
              <p className="access-context">
                Request context:{' '}
                {context.map(([k, v]) => (
                  <code key={k}>
                    {k} = {Array.isArray(v) ? `[${v.join(', ')}]` : v}
                  </code>
                ))}
              </p>
            )}
          </Entity>
        );
      })}
      {here(r.ecr.account) && (
        <Entity kind="ECR repository" name={r.ecr.repository} arn={arns.ecrRepository}>
          <PolicyCard scenario={scenario} id="ecr-repository" workspace={workspace} />
        </Entity>
      )}
      {here(r.s3.account) && (
        <Entity kind="S3 bucket" name={r.s3.bucket} arn={arns.bucket}>
          <p className="access-detail">
            Artifact <code>{r.s3.object}</code>,{' '}
            {r.s3.encryption === 'SSE-KMS'
              ? `encrypted with SSE-KMS (${keyAlias(scenario)})`
              : 'encrypted with SSE-S3 (no KMS key involved)'}
          </p>
          <PolicyCard scenario={scenario} id="bucket" workspace={workspace} />
        </Entity>
      )}
      {here(r.kms.account) && (
        <Entity kind="KMS key" name={keyAlias(scenario)} arn={arns.key}>
          <p className="access-detail">
            {r.kms.managedBy === 'AWS'
              ? 'AWS managed: AWS writes its key policy; only this account can use it.'
              : 'Customer managed: you write its key policy.'}
          </p>
          <PolicyCard scenario={scenario} id="key" workspace={workspace} />
        </Entity>
      )}
      {here(r.codeartifact.account) && (
        <Entity kind="CodeArtifact domain" name={r.codeartifact.domain} arn={arns.domain}>
          <PolicyCard scenario={scenario} id="domain" workspace={workspace} />
          <p className="access-detail">
            Repository <strong>{r.codeartifact.repository}</strong>{' '}
            <span className="access-arn">{arns.caRepository}</span>
          </p>
          <PolicyCard scenario={scenario} id="ca-repository" workspace={workspace} />
        </Entity>
      )}
      {empty && <p className="muted">Nothing else in this account takes part.</p>}
    </section>
  );
}

/** Accounts as columns, the organization and its SCP above them. */
export const AccountsBoard = memo(function AccountsBoard({ scenario, workspace }: BoardProps) {
  const org = scenario.organization;
  return (
    <section className="card access-board" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Accounts and policies</h2>
      <p className="muted">
        Choose a policy to edit it. Untick a statement to see what happens without it.
      </p>
      {org && (
        <section className="access-org" aria-labelledby="org-heading">
          <h3 id="org-heading">
            Organization <span className="access-account-id">{org.id}</span>
          </h3>
          <p className="muted">
            Members:{' '}
            {org.members
              .map((m) => scenario.accounts.find((a) => a.id === m)?.name ?? m)
              .join(', ') || 'none'}
            . Its SCP caps every principal in a member account, and their requests carry
            aws:PrincipalOrgID.
          </p>
          <PolicyCard scenario={scenario} id="scp" workspace={workspace} />
        </section>
      )}
      <div className="access-columns">
        {scenario.accounts.map((account) => (
          <AccountColumn
            key={account.id}
            scenario={scenario}
            account={account}
            workspace={workspace}
          />
        ))}
      </div>
    </section>
  );
});
