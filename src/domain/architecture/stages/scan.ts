/**
 * Scan: what the push sets going under the registry's scanning configuration, and whether the
 * findings reach anyone through an EventBridge rule. A scan never blocks the release by itself
 * (ecr/image-scanning): the stage passes, and says who heard about the findings.
 */
import { routeEvents, scanOnPush } from '../../ecr';
import type { DecidedStep, ProcessPlan } from '../../simulation';
import type { ArchitectureScenario } from '../types';
import { stage, type StageResult } from './result';

export function scanStage(s: ArchitectureScenario): StageResult {
  const t = s.tooling;
  const digest = s.builtDigest ?? '';
  const result = scanOnPush(
    t.scanning,
    {
      repositoryName: s.release.repository,
      imageDigest: digest,
      imageTags: [s.release.tag],
      vulnerabilities: t.imageVulnerabilities,
    },
    { accountId: t.accountId, region: s.regions.primary },
    s.now,
  );
  const steps: DecidedStep[] = [];
  const plan: ProcessPlan = {
    machine: 'scan',
    input: { label: `scan ${s.release.repository}:${s.release.tag}`, steps },
  };
  if (!result.scanned) {
    const note = result.trace.at(-1) ?? 'The repository is not scanned on push.';
    steps.push({ kind: 'setting', outcome: 'none', note });
    return { plan: stage('scan', [plan], null, note), scenario: s };
  }
  steps.push({
    kind: 'setting',
    outcome: 'scan',
    note: `${result.scanner} scans the image (${result.scanFrequency}).`,
  });
  const findings = result.events.filter((e) => /Finding|Image Scan/.test(e['detail-type']));
  steps.push({
    kind: 'findings',
    note: `${t.imageVulnerabilities.length} finding${t.imageVulnerabilities.length === 1 ? '' : 's'}, published as ${findings.length} EventBridge event${findings.length === 1 ? '' : 's'}; visible in ${result.findingsIn.join(' and ')}.`,
  });
  const routing = routeEvents(t.eventRules, findings);
  const heard = routing.deliveries.length > 0;
  const note = heard
    ? `Findings delivered to ${[...new Set(routing.deliveries.flatMap((d) => d.targets))].join(', ')} by rule ${[...new Set(routing.deliveries.map((d) => d.rule))].join(', ')} (ecr/image-scanning-enhanced-events).`
    : 'No EventBridge rule matches the findings: nobody is told, and nothing stops the deployment — scans never block pulls (ecr/image-scanning, eb-event-patterns).';
  steps.push({ kind: 'route', outcome: heard ? 'routed' : 'unrouted', note });
  return { plan: stage('scan', [plan], null, note), scenario: s };
}
