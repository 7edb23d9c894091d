/**
 * Whether a client in a subnet reaches a service: with no internet route, only through the VPC
 * endpoints the service documents (codeartifact/create-vpc-endpoints, ecr/vpc-endpoints).
 */
import type { DecidedStep } from '../simulation';
import type { Network, VpcEndpoint } from './types';

const NEEDS: Record<'codeartifact' | 'ecr', { endpoint: VpcEndpoint; why: string }[]> = {
  codeartifact: [
    {
      endpoint: 'codeartifact.api',
      why: 'aws codeartifact login and GetAuthorizationToken call the CodeArtifact API (codeartifact/create-vpc-endpoints)',
    },
    {
      endpoint: 'codeartifact.repositories',
      why: 'npm talks to the repository endpoint, which needs private DNS (codeartifact/create-vpc-endpoints)',
    },
    {
      endpoint: 's3',
      why: 'package assets download from S3, so npm needs the S3 gateway endpoint (codeartifact/create-s3-gateway-endpoint)',
    },
  ],
  ecr: [
    {
      endpoint: 'ecr.api',
      why: 'GetAuthorizationToken and the image manifest calls go to the ECR API (ecr/vpc-endpoints)',
    },
    { endpoint: 'ecr.dkr', why: 'docker pull talks to the registry endpoint (ecr/vpc-endpoints)' },
    {
      endpoint: 's3',
      why: 'image layers download from S3, through the S3 gateway endpoint (ecr/vpc-endpoints)',
    },
  ],
};

export function networkSteps(network: Network, service: 'codeartifact' | 'ecr'): DecidedStep[] {
  if (!network.private)
    return [
      {
        kind: 'route',
        outcome: 'internet',
        note: 'The subnet routes to the internet through a NAT gateway.',
      },
      {
        kind: 'result',
        outcome: 'reachable',
        note: `${service === 'ecr' ? 'Amazon ECR' : 'CodeArtifact'} is reachable.`,
      },
    ];
  const steps: DecidedStep[] = NEEDS[service].map(({ endpoint, why }) =>
    network.endpoints.includes(endpoint)
      ? { kind: 'endpoint', outcome: 'present', note: `${endpoint} endpoint present: ${why}.` }
      : {
          kind: 'endpoint',
          outcome: 'missing',
          note: `No ${endpoint} endpoint, and no internet route: ${why}.`,
        },
  );
  const missing = steps.filter((s) => s.outcome === 'missing').length;
  steps.push(
    missing === 0
      ? { kind: 'result', outcome: 'reachable', note: 'Every endpoint the client needs is there.' }
      : {
          kind: 'result',
          outcome: 'blocked',
          note: `The subnet has no internet route and ${missing} endpoint${missing > 1 ? 's are' : ' is'} missing: the request times out.`,
        },
  );
  return steps;
}
