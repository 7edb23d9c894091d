/**
 * Image scanning: how the registry's scanning configuration treats a repository, and what a push
 * to it causes — a scan or not, by ECR or Amazon Inspector, the EventBridge events, where the
 * findings show. A scan never blocks anything (ecr/image-scanning).
 */
import { stableId } from '../signer/rules';
import { parseNow } from '../signer/time';
import { scanningFilterMatches } from './filters';
import { repositoryArn } from './rules';
import { parsePushedImage, parseRegistryContext, parseScanningConfiguration } from './schema';
import type {
  AwsEvent,
  PushScanResult,
  PushedImage,
  RegistryContext,
  RegistryScanningConfiguration,
  RepositoryScanSetting,
  Severity,
  Vulnerability,
} from './types';

const SEVERITIES: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'];

/** How a repository is scanned under the configuration; null configuration = BASIC, no rules. */
export function repositoryScanSetting(
  configuration: RegistryScanningConfiguration | null,
  repositoryName: string,
): RepositoryScanSetting {
  // no registry scanning configuration: basic scanning is used (ecr/image-scanning)
  const config =
    configuration === null
      ? { scanType: 'BASIC' as const, rules: [] }
      : parseScanningConfiguration(configuration, 'configuration');
  const trace = [`${repositoryName} under ${config.scanType} scanning`];
  const match = (frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN') => {
    for (const rule of config.rules.filter((r) => r.scanFrequency === frequency)) {
      const hit = rule.repositoryFilters.find((f) =>
        scanningFilterMatches(f.filter, repositoryName),
      );
      if (hit !== undefined) return hit.filter;
    }
    return null;
  };
  const setting = (
    scanFrequency: RepositoryScanSetting['scanFrequency'],
    matchedFilter: string | null,
    line: string,
  ): RepositoryScanSetting => {
    trace.push(line);
    return { scanType: config.scanType, scanFrequency, matchedFilter, trace };
  };
  const continuous = config.scanType === 'ENHANCED' ? match('CONTINUOUS_SCAN') : null;
  // a repository matching both a continuous and a scan-on-push filter is scanned continuously (ecr/image-scanning-filters)
  if (continuous !== null) {
    return setting(
      'CONTINUOUS_SCAN',
      continuous,
      `filter "${continuous}" matches: Amazon Inspector scans on push and again whenever new vulnerabilities are published; continuous takes precedence over scan on push (ecr/image-scanning-filters)`,
    );
  }
  const onPush = match('SCAN_ON_PUSH');
  if (onPush !== null) {
    return setting(
      'SCAN_ON_PUSH',
      onPush,
      `filter "${onPush}" matches: each pushed image is scanned once, on push (ecr/image-scanning-filters)`,
    );
  }
  // enhanced: a repository no filter matches is not scanned at all (ecr/image-scanning-filters)
  if (config.scanType === 'ENHANCED') {
    return setting(
      null,
      null,
      'no enhanced scanning filter matches: scanning is off for this repository (ecr/image-scanning-filters)',
    );
  }
  // basic: a repository no scan-on-push filter matches is set to manual (ecr/image-scanning-filters)
  return setting(
    'MANUAL',
    null,
    'no scan-on-push filter matches: the repository is set to manual, so nothing is scanned until someone starts a scan (at most once per image every 24 hours) (ecr/image-scanning-filters, ecr/manual-scan)',
  );
}

function severityCounts(vulnerabilities: readonly Vulnerability[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of SEVERITIES) {
    const n = vulnerabilities.filter((v) => v.severity === s).length;
    if (n > 0) counts[s] = n;
  }
  return counts;
}

type MakeEvent = (source: string, detailType: string, detail: Record<string, unknown>) => AwsEvent;

function eventMaker(pushed: PushedImage, context: RegistryContext, now: string): MakeEvent {
  const repoArn = repositoryArn(context.region, context.accountId, pushed.repositoryName);
  return (source, detailType, detail) => ({
    version: '0',
    id: stableId(`${detailType}|${pushed.imageDigest}|${now}|${String(detail['title'] ?? '')}`, 12),
    'detail-type': detailType,
    source,
    account: context.accountId,
    time: now,
    region: context.region,
    resources: [repoArn],
    detail,
  });
}

const NEVER_BLOCKS =
  'the scan blocks nothing: pulls and deployments go ahead whatever it finds unless something acts on the findings (ecr/image-scanning)';
const BASIC_FINDINGS = [
  'Amazon ECR (DescribeImageScanFindings)',
  'EventBridge event "ECR Image Scan"',
];

/** A basic scan of the image: its "ECR Image Scan" event and what the trace says. */
function basicScan(pushed: PushedImage, context: RegistryContext, make: MakeEvent) {
  const vulnerabilities = pushed.vulnerabilities ?? [];
  return {
    // basic scanning: AWS native technology since Clair's retirement on 2 February 2026 (ecr/image-scanning, ecr/doc-history)
    event: make('aws.ecr', 'ECR Image Scan', {
      'scan-status': 'COMPLETE',
      'repository-name': pushed.repositoryName,
      'finding-severity-counts': severityCounts(vulnerabilities),
      'image-digest': pushed.imageDigest,
      'image-tags': pushed.imageTags,
    }),
    line: `Amazon ECR basic scanning (AWS native) scans OS packages: ${vulnerabilities.length} finding(s); ECR sends an "ECR Image Scan" event to EventBridge in ${context.region} (ecr/image-scanning-basic, ecr/ecr-eventbridge)`,
  };
}

/** What a push causes: the push event, then the scan (if any) and its events. Never blocks. */
export function scanOnPush(
  configuration: RegistryScanningConfiguration | null,
  image: PushedImage,
  context: RegistryContext,
  now: string,
): PushScanResult {
  parseNow(now);
  const pushed = parsePushedImage(image, 'image');
  context = parseRegistryContext(context, 'context');
  const setting = repositoryScanSetting(configuration, pushed.repositoryName);
  const trace = [`push ${pushed.repositoryName}@${pushed.imageDigest}`, ...setting.trace];
  const repoArn = repositoryArn(context.region, context.accountId, pushed.repositoryName);
  const event = eventMaker(pushed, context, now);
  // every completed push sends an "ECR Image Action" event (ecr/ecr-eventbridge)
  const events: AwsEvent[] = [
    event('aws.ecr', 'ECR Image Action', {
      result: 'SUCCESS',
      'repository-name': pushed.repositoryName,
      'image-digest': pushed.imageDigest,
      'action-type': 'PUSH',
      ...(pushed.imageTags[0] === undefined ? {} : { 'image-tag': pushed.imageTags[0] }),
    }),
  ];
  const vulnerabilities = pushed.vulnerabilities ?? [];
  const base = { events, blocksPull: false as const, scanFrequency: setting.scanFrequency };
  if (setting.scanFrequency === null || setting.scanFrequency === 'MANUAL') {
    trace.push('not scanned on push: there are no findings, and no scan event is sent');
    return { ...base, scanned: false, scanner: null, findingsIn: [], trace };
  }
  if (setting.scanType === 'BASIC') {
    const scan = basicScan(pushed, context, event);
    events.push(scan.event);
    trace.push(scan.line, NEVER_BLOCKS);
    return {
      ...base,
      scanned: true,
      scanner: 'Amazon ECR basic scanning',
      findingsIn: BASIC_FINDINGS,
      trace,
    };
  }
  const counts = severityCounts(vulnerabilities);
  // enhanced: Amazon Inspector scans OS and language packages and sends the events (ecr/image-scanning-enhanced-events)
  events.push(
    event('aws.inspector2', 'Inspector2 Scan', {
      'scan-status': 'INITIAL_SCAN_COMPLETE',
      'repository-name': repoArn,
      'finding-severity-counts': { ...counts, TOTAL: vulnerabilities.length },
      'image-digest': pushed.imageDigest,
      'image-tags': pushed.imageTags,
    }),
    ...vulnerabilities.map((v) =>
      event('aws.inspector2', 'Inspector2 Finding', {
        awsAccountId: context.accountId,
        severity: v.severity,
        status: 'ACTIVE',
        type: 'PACKAGE_VULNERABILITY',
        title: v.name,
        resources: [
          {
            type: 'AWS_ECR_CONTAINER_IMAGE',
            id: `${repoArn}/${pushed.imageDigest}`,
            details: {
              awsEcrContainerImage: {
                repositoryName: pushed.repositoryName,
                imageHash: pushed.imageDigest,
                imageTags: pushed.imageTags,
              },
            },
          },
        ],
      }),
    ),
  );
  const findingsIn = [
    'Amazon Inspector',
    'Amazon ECR (DescribeImageScanFindings, enhanced findings)',
    'EventBridge events "Inspector2 Scan" and "Inspector2 Finding"',
  ];
  trace.push(
    `Amazon Inspector scans OS and programming-language packages: ${vulnerabilities.length} finding(s); Inspector sends "Inspector2 Scan" and one "Inspector2 Finding" event per finding (ecr/image-scanning-enhanced-events)`,
  );
  // Inspector findings reach Security Hub only where Security Hub is enabled (securityhub/inspector)
  if (context.securityHubEnabled === true) {
    findingsIn.push('AWS Security Hub');
    trace.push(
      'Security Hub is enabled here, so Inspector findings also appear in Security Hub (securityhub/inspector)',
    );
  } else {
    trace.push(
      'Security Hub is not enabled in this account and Region, so the findings do not appear there (securityhub/inspector)',
    );
  }
  trace.push(NEVER_BLOCKS);
  return { ...base, scanned: true, scanner: 'Amazon Inspector', findingsIn, trace };
}

/**
 * StartImageScan: a manual basic scan, at most once per image every 24 hours, counting the scan on
 * push (ecr/manual-scan); enhanced scanning has no manual scans — Inspector decides when to scan.
 */
export function startImageScan(
  configuration: RegistryScanningConfiguration | null,
  image: PushedImage,
  context: RegistryContext,
  lastScanAt: string | null,
  now: string,
): PushScanResult {
  const at = parseNow(now);
  const scanType =
    configuration === null
      ? 'BASIC'
      : parseScanningConfiguration(configuration, 'configuration').scanType;
  const refused = (line: string): PushScanResult => ({
    scanned: false,
    scanFrequency: null,
    scanner: null,
    events: [],
    findingsIn: [],
    blocksPull: false,
    trace: [`StartImageScan ${image.repositoryName}@${image.imageDigest}`, line],
  });
  if (scanType === 'ENHANCED') {
    return refused(
      'refused: with enhanced scanning Amazon Inspector scans on its own schedule; manual scans are a basic-scanning feature (ecr/manual-scan)',
    );
  }
  // one scan per image per 24 hours, the scan on push included (ecr/manual-scan)
  if (lastScanAt !== null && at - Date.parse(lastScanAt) < 86_400_000) {
    return refused(
      `refused: the image was scanned at ${lastScanAt}, and an image can be scanned once per 24 hours (ecr/manual-scan)`,
    );
  }
  const pushed = parsePushedImage(image, 'image');
  context = parseRegistryContext(context, 'context');
  const scan = basicScan(pushed, context, eventMaker(pushed, context, now));
  return {
    scanned: true,
    scanFrequency: 'MANUAL',
    scanner: 'Amazon ECR basic scanning',
    events: [scan.event],
    findingsIn: BASIC_FINDINGS,
    blocksPull: false,
    trace: [
      `StartImageScan ${pushed.repositoryName}@${pushed.imageDigest}: a manual basic scan (ecr/manual-scan)`,
      scan.line,
      NEVER_BLOCKS,
    ],
  };
}
