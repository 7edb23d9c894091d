/**
 * Lambda's deployment-time signature checks under a code signing configuration
 * (lambda/configuration-codesigning): integrity, expiry, mismatch, revocation, then what the
 * UntrustedArtifactOnDeployment policy makes of a failure.
 */
import { PolicyError } from '../errors';
import { parseCodeSigningConfig, parseLambdaDeployment, parseSigningProfile } from './schema';
import { revocationOf } from './profiles';
import { parseNow } from './time';
import type {
  CodeSigningConfig,
  LambdaCodePackage,
  LambdaDeployment,
  LambdaDeploymentResult,
  SignatureCheckResult,
  SigningProfile,
} from './types';

/** The packages an operation deploys: code, layers, or both. */
function packagesOf(deployment: LambdaDeployment): LambdaCodePackage[] {
  const code = deployment.code === undefined ? [] : [deployment.code];
  const layers = deployment.layers ?? [];
  if (deployment.operation === 'UpdateFunctionCode') return code;
  if (deployment.operation === 'UpdateFunctionConfiguration') return layers;
  return [...code, ...layers];
}

function checksOf(
  pkg: LambdaCodePackage,
  allowed: readonly string[],
  profiles: readonly SigningProfile[],
  at: number,
): SignatureCheckResult[] {
  const sig = pkg.signature;
  const result = (check: SignatureCheckResult['check'], passed: boolean, reason: string) => ({
    artifact: pkg.name,
    check,
    passed,
    reason,
  });
  if (sig === null) {
    // unsigned code is not signed by an allowed profile: a mismatch (lambda/configuration-codesigning)
    return [
      result('mismatch', false, `${pkg.name} is unsigned, so no allowed signing profile signed it`),
    ];
  }
  const revoked = revocationOf(sig, profiles, at);
  return [
    // integrity: the package hash must equal the hash in the signature (lambda/configuration-codesigning)
    sig.artifact.digest === pkg.digest
      ? result('integrity', true, `${pkg.name} is unchanged since it was signed`)
      : result(
          'integrity',
          false,
          `${pkg.name} has digest ${pkg.digest} but was signed as ${sig.artifact.digest}: modified after signing`,
        ),
    // expiry: the signature must not have expired (lambda/configuration-codesigning)
    at < Date.parse(sig.expiresAt)
      ? result('expiry', true, `signature valid until ${sig.expiresAt}`)
      : result('expiry', false, `the signature expired at ${sig.expiresAt}`),
    // mismatch: signed with a profile version the configuration allows (lambda/configuration-codesigning)
    allowed.includes(sig.profileVersionArn) && sig.platformId === 'AWSLambda-SHA384-ECDSA'
      ? result('mismatch', true, `signed with allowed ${sig.profileVersionArn}`)
      : result(
          'mismatch',
          false,
          sig.platformId !== 'AWSLambda-SHA384-ECDSA'
            ? `signed on ${sig.platformId}, not the AWS Lambda platform`
            : `signed with ${sig.profileVersionArn}, which is not among the allowed publishers`,
        ),
    // revocation: neither the signature nor its profile version revoked for it (lambda/configuration-codesigning)
    revoked === null
      ? result('revocation', true, 'not revoked')
      : result('revocation', false, revoked),
  ];
}

/**
 * What Lambda does with one API call. PublishVersion runs no checks, nor does a function without
 * a configuration or one packaged as a container image; otherwise an integrity failure always
 * blocks, and other failures block only under Enforce.
 */
export function checkLambdaDeployment(
  config: CodeSigningConfig | null,
  deployment: LambdaDeployment,
  profiles: SigningProfile[],
  now: string,
): LambdaDeploymentResult {
  const at = parseNow(now);
  const csc = config === null ? null : parseCodeSigningConfig(config, 'config');
  const call = parseLambdaDeployment(deployment, 'deployment');
  profiles = profiles.map((p, i) => parseSigningProfile(p, `profiles[${i}]`));
  if (
    call.code === undefined &&
    call.operation !== 'UpdateFunctionConfiguration' &&
    call.operation !== 'PublishVersion'
  ) {
    throw new PolicyError('deployment.code', `${call.operation} needs the code package`);
  }
  const trace = [`${call.operation}`];
  const deployed = (line: string): LambdaDeploymentResult => {
    trace.push(line);
    return { outcome: 'deployed', error: null, checks: [], trace };
  };
  // PublishVersion freezes the code already validated at upload; no code signing errors (lambda/API_PublishVersion)
  if (call.operation === 'PublishVersion') {
    return deployed(
      'PublishVersion snapshots the code already in $LATEST and runs no signature checks; code signing errors come from CreateFunction, UpdateFunctionCode and UpdateFunctionConfiguration only (lambda/API_PublishVersion)',
    );
  }
  if (csc === null) {
    return deployed(
      'the function has no code signing configuration, so Lambda checks no signatures (lambda/configuration-codesigning)',
    );
  }
  // functions packaged as container images do not support code signing (lambda/configuration-codesigning-create)
  if (call.PackageType === 'Image') {
    return deployed(
      'the function is a container image: Lambda code signing does not apply to it, so nothing is checked (lambda/configuration-codesigning-create)',
    );
  }
  const packages = packagesOf(call);
  if (packages.length === 0) {
    return deployed(`${call.operation} deploys no code or layers here, so nothing is checked`);
  }
  // no policy given: Warn (lambda/API_CodeSigningPolicies)
  const policy = csc.CodeSigningPolicies?.UntrustedArtifactOnDeployment ?? 'Warn';
  const allowed = csc.AllowedPublishers.SigningProfileVersionArns;
  trace.push(
    `code signing configuration allows ${allowed.join(', ')}; UntrustedArtifactOnDeployment is ${policy}${csc.CodeSigningPolicies?.UntrustedArtifactOnDeployment === undefined ? ' (the default)' : ''} (lambda/API_CodeSigningPolicies)`,
  );
  const checks = packages.flatMap((pkg) => checksOf(pkg, allowed, profiles, at));
  for (const c of checks) {
    trace.push(`${c.artifact}: ${c.check} ${c.passed ? 'passed' : 'FAILED'} — ${c.reason}`);
  }
  const failed = checks.filter((c) => !c.passed);
  // an integrity failure blocks even under Warn: InvalidCodeSignatureException (lambda/API_UpdateFunctionCode)
  if (failed.some((c) => c.check === 'integrity')) {
    trace.push(
      `blocked with InvalidCodeSignatureException: Lambda always blocks a deployment that fails the integrity check, even under Warn (lambda/API_UpdateFunctionCode)`,
    );
    return { outcome: 'blocked', error: 'InvalidCodeSignatureException', checks, trace };
  }
  if (failed.length === 0) {
    trace.push('every check passed: deployed (lambda/configuration-codesigning)');
    return { outcome: 'deployed', error: null, checks, trace };
  }
  const what = [...new Set(failed.map((c) => c.check))].join(', ');
  // Enforce: expiry, mismatch or revocation failures block (lambda/configuration-codesigning)
  if (policy === 'Enforce') {
    trace.push(
      `blocked with CodeVerificationFailedException: the ${what} check failed and the policy is Enforce (lambda/configuration-codesigning)`,
    );
    return { outcome: 'blocked', error: 'CodeVerificationFailedException', checks, trace };
  }
  // Warn: deployed, with a SignatureValidationErrors metric and a CloudTrail entry (lambda/configuration-codesigning)
  trace.push(
    `deployed anyway: the ${what} check failed but the policy is Warn, so Lambda only emits the SignatureValidationErrors metric and logs a warning in CloudTrail (lambda/configuration-codesigning)`,
  );
  return { outcome: 'deployed-with-warnings', error: null, checks, trace };
}
