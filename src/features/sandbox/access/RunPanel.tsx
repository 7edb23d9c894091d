import { memo, useState } from 'react';
import { ActionForm, SelectRow, TextRow, useChoice } from '../../../components/form';
import {
  JOURNEYS,
  resourceArns,
  type AccessScenario,
  type JourneyId,
} from '../../../domain/access/scenario';
import { JOURNEY_TITLES } from '../../../domain/access/run';
import type { AccessWorkspace } from './useAccessWorkspace';
import { Card } from '../../../components/Card';
import { Button } from '../../../components/Button';

interface RunPanelProps {
  scenario: AccessScenario;
  workspace: AccessWorkspace;
}

const BUTTONS: Record<JourneyId, string> = {
  'ecr-pull': 'Run ECR pull',
  's3-read': 'Run S3 artifact read',
  'codeartifact-install': 'Run CodeArtifact install',
};

const JOURNEY_TEXT: Record<JourneyId, string> = {
  'ecr-pull': 'docker login (ecr:GetAuthorizationToken), then three calls on the repository.',
  's3-read': 's3:GetObject on the artifact, then kms:Decrypt through S3 when it is SSE-KMS.',
  'codeartifact-install':
    'aws codeartifact login (token + STS bearer token), then the endpoint and the read.',
};

const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  'kms:Decrypt',
  'kms:GenerateDataKey',
  'ecr:GetAuthorizationToken',
  'ecr:BatchGetImage',
  'ecr:PutImage',
  'codeartifact:GetAuthorizationToken',
  'codeartifact:ReadFromRepository',
  'codeartifact:PublishPackageVersion',
  'sts:GetServiceBearerToken',
];

const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9]+$/;
const RESOURCE = /^(\*|arn:\S+)$/;

/** The name of the account a principal belongs to. */
function accountOf(scenario: AccessScenario, principal: string): string {
  const account = scenario.principals.find((p) => p.name === principal)?.account;
  return scenario.accounts.find((a) => a.id === account)?.name ?? '';
}

/** Run a journey or a single request as one of the principals; unsaved policy edits are saved first. */
export const RunPanel = memo(function RunPanel({ scenario, workspace }: RunPanelProps) {
  const arns = resourceArns(scenario);
  const names = scenario.principals.map((p) => p.name);
  const [principal, setWho] = useChoice(names);
  const [action, setAction] = useState('s3:GetObject');
  const [resource, setResource] = useState(arns.object);
  const request =
    ACTION.test(action.trim()) && RESOURCE.test(resource.trim())
      ? ({
          type: 'request.run',
          principal,
          action: action.trim(),
          resource: resource.trim(),
        } as const)
      : null;
  const resources = [
    arns.object,
    arns.bucket,
    arns.key,
    arns.ecrRepository,
    arns.domain,
    arns.caRepository,
    '*',
  ];

  return (
    <Card id="run-heading" title="Run" className="run-panel">
      {names.length > 1 && (
        <SelectRow
          id="run-principal"
          label="As principal"
          value={principal}
          onChange={setWho}
          options={names.map((n) => ({
            value: n,
            label: `${n} (${accountOf(scenario, n)})`,
          }))}
        />
      )}
      <ul className="journey-list">
        {JOURNEYS.map((j) => (
          <li key={j}>
            <Button
              variant="primary"
              onClick={() => workspace.act({ type: 'journey.run', journey: j, principal })}
              aria-describedby={`journey-${j}`}
            >
              {BUTTONS[j]}
            </Button>
            <span id={`journey-${j}`} className="muted">
              {JOURNEY_TITLES[j]}: {JOURNEY_TEXT[j]}
            </span>
          </li>
        ))}
      </ul>
      <ActionForm className="request-form" onSubmit={request && (() => workspace.act(request))}>
        <h3>Or one request</h3>
        <TextRow
          id="req-action"
          label="Action"
          value={action}
          onChange={setAction}
          suggestions={ACTIONS}
          code
          error={!ACTION.test(action.trim()) && 'an action is service:Name, e.g. s3:GetObject'}
        />
        <TextRow
          id="req-resource"
          label="Resource ARN"
          value={resource}
          onChange={setResource}
          suggestions={resources}
          code
          error={!RESOURCE.test(resource.trim()) && 'a resource is * or an ARN (arn:…)'}
        />
        <button type="submit" className="button" disabled={!request}>
          Send request
        </button>
      </ActionForm>
      {workspace.unsaved.length > 0 && (
        <p className="muted">Unsaved policy edits are saved before the run.</p>
      )}
    </Card>
  );
});
