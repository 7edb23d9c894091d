import type { ReactNode } from 'react';
import type {
  ArchitectureScenario,
  StageId,
  StageStatus,
} from '../../../domain/architecture/types';

interface BoxProps {
  title: string;
  /** The release stage this service takes part in: the box shows how that stage went. */
  stage?: StageId | undefined;
  scenario: ArchitectureScenario;
  facts: ReactNode[];
}

const statusOf = (s: ArchitectureScenario, stage: StageId | undefined): StageStatus | null =>
  stage ? (s.lastRun?.[stage]?.status ?? null) : null;

function Box({ title, stage, scenario, facts }: BoxProps) {
  const status = statusOf(scenario, stage);
  return (
    <div className={`arch-box${status ? ` arch-box-${status.replace(' ', '-')}` : ''}`}>
      <h4>
        {title}
        {status && status !== 'not run' && <span className="arch-box-status"> · {status}</span>}
      </h4>
      <ul>
        {facts.map((f, i) => (
          <li key={i}>{f}</li>
        ))}
      </ul>
    </div>
  );
}

const short = (digest: string | null) => (digest ? `${digest.slice(0, 19)}…` : 'none yet');

/**
 * The organization as swim-lanes: the tooling account that produces artifacts, the DR Region that
 * holds replicas, and each workload account that deploys them. Everything is text, so the drawing
 * is its own text alternative; colour repeats the stage status written beside each title.
 */
export function ArchitectureDiagram({ scenario: s }: { scenario: ArchitectureScenario }) {
  const t = s.tooling;
  const repo = t.registry.repositories[s.release.repository];
  const dr = s.replicaRegistries.filter((r) => r.region === s.regions.dr);
  const endpoints = (list: string[]) => (list.length ? list.join(', ') : 'none');
  return (
    <figure className="arch-diagram" aria-labelledby="arch-diagram-caption">
      <figcaption id="arch-diagram-caption">
        The organization on {s.now.slice(0, 16).replace('T', ' ')} UTC: accounts as lanes
      </figcaption>
      <section className="arch-lane" aria-label={`Tooling account ${t.accountId}`}>
        <h3>
          Tooling account {t.accountId} · {s.regions.primary}
        </h3>
        <div className="arch-boxes">
          <Box
            title="CodeArtifact"
            stage="install"
            scenario={s}
            facts={[
              `domain ${t.codeartifact.name}, build repository ${t.build.repository}`,
              `token ${t.build.token?.expiresAt ? `until ${t.build.token.expiresAt.slice(0, 16).replace('T', ' ')}` : 'not fetched'}`,
            ]}
          />
          <Box
            title="CodeBuild"
            stage="build"
            scenario={s}
            facts={[
              `privileged mode ${t.build.privilegedMode ? 'on' : 'off'}`,
              `packages from ${t.build.dependencySource === 's3' ? 'S3 tarballs' : 'CodeArtifact'}`,
              `endpoints: ${endpoints(t.build.network.endpoints)}`,
              `Lambda ${t.build.lambdaPackage.type === 'Zip' ? '.zip' : 'image'}, ${t.build.lambdaPackage.unzippedMb} MB unzipped`,
            ]}
          />
          <Box
            title="Signer"
            stage="sign"
            scenario={s}
            facts={[
              `build signs with ${t.signer.profileName || 'nothing'}`,
              ...t.signer.profiles.map((p) => `${p.profileName}: ${p.status}`),
            ]}
          />
          <Box
            title={`ECR ${s.release.repository}`}
            stage="push"
            scenario={s}
            facts={[
              `${repo?.images.length ?? 0} images, tags ${repo?.imageTagMutability ?? '—'}`,
              `scan ${t.scanning?.rules.map((r) => r.scanFrequency).join(', ') ?? 'off'}, findings rule ${t.eventRules.length ? 'on' : 'none'}`,
              `managed signing ${t.signing?.rules.length ? 'on' : 'off'}`,
              `lifecycle policy ${repo?.lifecyclePolicy ? 'set' : 'none'}`,
            ]}
          />
          <Box
            title={`S3 ${t.bucket.name}`}
            stage="deploy"
            scenario={s}
            facts={[
              `default encryption ${t.bucket.defaultEncryption}`,
              `${t.bucket.objects.length} object versions${t.bucket.objectLock ? `, Object Lock ${t.bucket.objectLock.mode}` : ''}`,
            ]}
          />
          <Box
            title="Image Builder"
            scenario={s}
            facts={[
              `pipeline ${t.imageBuilder.pipeline.name}, ${t.imageBuilder.builds.length} builds`,
              `${t.imageBuilder.pipeline.schedule?.scheduleExpression ?? 'no schedule'}`,
            ]}
          />
        </div>
      </section>
      <section className="arch-lane" aria-label={`DR Region ${s.regions.dr}`}>
        <h3>DR Region {s.regions.dr}</h3>
        <div className="arch-boxes">
          {dr.map((r) => {
            const replica = r.repositories[s.release.repository];
            return (
              <Box
                key={r.registryId}
                title={`ECR replica ${r.registryId}`}
                stage="replicate"
                scenario={s}
                facts={[
                  `${replica?.images.length ?? 0} images`,
                  `lifecycle policy ${replica?.lifecyclePolicy ? 'set' : 'none'}`,
                ]}
              />
            );
          })}
        </div>
      </section>
      {s.workloads.map((w) => {
        const replica = s.replicaRegistries.find((r) => r.registryId === w.accountId);
        return (
          <section
            key={w.accountId}
            className="arch-lane"
            aria-label={`Workload account ${w.name} ${w.accountId}`}
          >
            <h3>
              Workload account {w.name} {w.accountId} · {w.region}
            </h3>
            <div className="arch-boxes">
              <Box
                title="ECS service"
                stage="deploy"
                scenario={s}
                facts={[
                  `image ${w.ecs.image}`,
                  `running ${short(w.ecs.running)}`,
                  `endpoints: ${endpoints(w.ecs.network.endpoints)}`,
                  `signature check ${w.ecs.verification ? 'on' : 'off'}`,
                ]}
              />
              <Box
                title={`Lambda ${w.lambda.functionName}`}
                stage="deploy"
                scenario={s}
                facts={[
                  `version ${w.lambda.versions.at(-1)?.version ?? '—'}`,
                  `code signing ${w.lambda.codeSigningConfig ? (w.lambda.codeSigningConfig.CodeSigningPolicies?.UntrustedArtifactOnDeployment ?? 'Warn') : 'none'}`,
                ]}
              />
              <Box
                title="Registry"
                stage="replicate"
                scenario={s}
                facts={[
                  `${replica?.repositories[s.release.repository]?.images.length ?? 0} replicated images`,
                  `registry policy ${replica?.registryPolicy ? 'set' : 'none'}`,
                ]}
              />
            </div>
          </section>
        );
      })}
    </figure>
  );
}
