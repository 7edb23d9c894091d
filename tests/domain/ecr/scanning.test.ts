// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import {
  parseScanningConfiguration,
  routeEvents,
  scanOnPush,
  startImageScan,
} from '../../../src/domain/ecr';
import type { EventBridgeRule, RegistryScanningConfiguration } from '../../../src/domain/ecr';

const context = { accountId: '111122223333', region: 'us-east-1' };
const now = '2026-03-01T12:00:00.000Z';
const image = {
  repositoryName: 'web',
  imageDigest: 'sha256:abc',
  imageTags: ['v1'],
  vulnerabilities: [
    { name: 'CVE-2026-0001', severity: 'CRITICAL' as const },
    { name: 'CVE-2026-0002', severity: 'LOW' as const },
  ],
};
const onPush = (scanType: 'BASIC' | 'ENHANCED'): RegistryScanningConfiguration => ({
  scanType,
  rules: [
    { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] },
  ],
});

describe('a push under basic scanning (ecr/image-scanning-basic, ecr/ecr-eventbridge)', () => {
  const r = scanOnPush(onPush('BASIC'), image, context, now);

  it('is scanned by ECR and sends the push event, then "ECR Image Scan" with severity counts', () => {
    expect(r).toMatchObject({
      scanned: true,
      scanner: 'Amazon ECR basic scanning',
      blocksPull: false,
    });
    expect(r.events.map((e) => e['detail-type'])).toEqual(['ECR Image Action', 'ECR Image Scan']);
    expect(r.events[1]).toMatchObject({
      source: 'aws.ecr',
      account: '111122223333',
      region: 'us-east-1',
      detail: { 'scan-status': 'COMPLETE', 'finding-severity-counts': { CRITICAL: 1, LOW: 1 } },
    });
  });

  it('says the findings stay in ECR and EventBridge, and that nothing is blocked', () => {
    expect(r.findingsIn).toEqual([
      'Amazon ECR (DescribeImageScanFindings)',
      'EventBridge event "ECR Image Scan"',
    ]);
    expect(r.trace.at(-1)).toMatch(/blocks nothing/);
  });

  it('is not scanned at all when the repository is manual', () => {
    const manual = scanOnPush(null, image, context, now);
    expect(manual).toMatchObject({ scanned: false, scanFrequency: 'MANUAL', scanner: null });
    expect(manual.events).toHaveLength(1);
  });
});

describe('a push under enhanced scanning (ecr/image-scanning-enhanced-events)', () => {
  it('is scanned by Inspector, with one finding event per vulnerability', () => {
    const r = scanOnPush(onPush('ENHANCED'), image, context, now);
    expect(r.scanner).toBe('Amazon Inspector');
    expect(r.events.map((e) => `${e.source} ${e['detail-type']}`)).toEqual([
      'aws.ecr ECR Image Action',
      'aws.inspector2 Inspector2 Scan',
      'aws.inspector2 Inspector2 Finding',
      'aws.inspector2 Inspector2 Finding',
    ]);
    expect(r.findingsIn).not.toContain('AWS Security Hub');
  });

  it('reaches Security Hub only where it is enabled', () => {
    const r = scanOnPush(onPush('ENHANCED'), image, { ...context, securityHubEnabled: true }, now);
    expect(r.findingsIn).toContain('AWS Security Hub');
  });
});

describe('routing findings with EventBridge rules (eventbridge/eb-event-patterns)', () => {
  const events = scanOnPush(onPush('ENHANCED'), image, context, now).events;
  const rule = (
    pattern: Record<string, unknown>,
    extra: Partial<EventBridgeRule> = {},
  ): EventBridgeRule => ({
    Name: 'critical-findings',
    EventPattern: pattern,
    Targets: [{ Id: 'sns', Arn: 'arn:aws:sns:us-east-1:111122223333:security' }],
    ...extra,
  });

  it('leaves every event unrouted when there is no rule: nobody hears about the findings', () => {
    expect(routeEvents([], events).unrouted).toEqual([0, 1, 2, 3]);
  });

  it('delivers only the critical finding to a rule filtering on severity', () => {
    const r = routeEvents(
      [
        rule({
          source: ['aws.inspector2'],
          'detail-type': ['Inspector2 Finding'],
          detail: { severity: ['CRITICAL'] },
        }),
      ],
      events,
    );
    expect(r.deliveries).toEqual([
      {
        event: 2,
        rule: 'critical-findings',
        targets: ['arn:aws:sns:us-east-1:111122223333:security'],
      },
    ]);
  });

  it('does not hear Inspector findings with a rule written for basic scan events', () => {
    const r = routeEvents(
      [rule({ source: ['aws.ecr'], 'detail-type': ['ECR Image Scan'] })],
      events,
    );
    expect(r.deliveries).toEqual([]);
  });

  it('ignores disabled rules and rules without targets', () => {
    const pattern = { source: ['aws.inspector2'] };
    expect(routeEvents([rule(pattern, { State: 'DISABLED' })], events).deliveries).toEqual([]);
    expect(routeEvents([rule(pattern, { Targets: [] })], events).deliveries).toEqual([]);
  });

  it('matches the documented operators', () => {
    const e = events[1]!;
    const ok = (detail: Record<string, unknown>) =>
      routeEvents([rule({ detail })], [e]).deliveries.length === 1;
    expect(ok({ 'scan-status': [{ prefix: 'INITIAL' }] })).toBe(true);
    expect(ok({ 'scan-status': [{ 'anything-but': 'INITIAL_SCAN_COMPLETE' }] })).toBe(false);
    expect(ok({ 'finding-severity-counts': { CRITICAL: [{ numeric: ['>', 0] }] } })).toBe(true);
    expect(ok({ 'finding-severity-counts': { HIGH: [{ exists: false }] } })).toBe(true);
    expect(ok({ 'image-tags': ['v1'] })).toBe(true);
    expect(ok({ 'repository-name': [{ wildcard: 'arn:aws:ecr:*:repository/web' }] })).toBe(true);
    expect(ok({ 'scan-status': [{ 'equals-ignore-case': 'initial_scan_complete' }] })).toBe(true);
  });

  it('refuses malformed patterns with the path of the problem', () => {
    expect(() => routeEvents([rule({ source: 'aws.ecr' })], events)).toThrow(
      /rules\[0\]\.EventPattern\.source/,
    );
    expect(() => routeEvents([rule({ detail: { x: [{ regex: 'a' }] } })], events)).toThrow(
      PolicyError,
    );
  });
});

describe('manual scans (ecr/manual-scan)', () => {
  it('scans a manual repository on request and sends the scan event', () => {
    const r = startImageScan(null, image, context, null, now);
    expect(r).toMatchObject({
      scanned: true,
      scanFrequency: 'MANUAL',
      scanner: 'Amazon ECR basic scanning',
    });
    expect(r.events.map((e) => e['detail-type'])).toEqual(['ECR Image Scan']);
  });

  it('allows one scan per image every 24 hours, the scan on push included', () => {
    expect(startImageScan(null, image, context, '2026-03-01T00:00:00Z', now).scanned).toBe(false);
    expect(startImageScan(null, image, context, '2026-02-28T11:59:00Z', now).scanned).toBe(true);
  });

  it('has no manual scans under enhanced scanning', () => {
    expect(startImageScan(onPush('ENHANCED'), image, context, null, now).trace.at(-1)).toMatch(
      /refused/,
    );
  });
});

describe('scanning configuration validation', () => {
  it('refuses continuous scanning under basic scanning', () => {
    const bad = {
      scanType: 'BASIC',
      rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [] }],
    };
    expect(() => parseScanningConfiguration(bad)).toThrow(/rules\[0\]\.scanFrequency/);
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(() =>
      parseScanningConfiguration({ scanType: 'BASIC', rules: [], scanOnPush: true }),
    ).toThrow(PolicyError);
  });
});
