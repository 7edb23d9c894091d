/**
 * The distribute stage: AMIs copied to Regions and target accounts, shared by launch permission,
 * launch templates updated and SSM parameters written — or container images pushed to ECR
 * (imagebuilder/manage-distribution-settings, imagebuilder/cross-account-dist).
 */
import type { DistributionEnvironment, DistributionConfiguration, ImageBuildResult } from './types';

type Outputs = ImageBuildResult['outputs'];

export interface DistributionOutcome {
  failed: string | null;
  outputs: Outputs;
  trace: string[];
}

/** Distributes one built image. Fails at the first distribution that cannot complete. */
export function distribute(
  imageName: string,
  kind: 'AMI' | 'DOCKER',
  config: DistributionConfiguration | undefined,
  env: DistributionEnvironment,
  containerRepository: string | null,
): DistributionOutcome {
  const outputs: Outputs = {
    amis: [],
    containerImages: [],
    ssmParameters: [],
    launchTemplates: [],
  };
  const trace: string[] = [];
  const fail = (reason: string): DistributionOutcome => {
    trace.push(reason);
    return { failed: reason, outputs, trace };
  };
  if (config === undefined) {
    // without distribution settings the output stays in the build Region and account (imagebuilder/manage-distribution-settings)
    if (kind === 'AMI')
      outputs.amis.push({ region: env.region, accountId: env.accountId, name: imageName });
    else
      outputs.containerImages.push({
        region: env.region,
        repositoryName: containerRepository ?? '',
        tags: [],
      });
    trace.push(
      `no distribution settings: the output stays in ${env.accountId}/${env.region} (imagebuilder/manage-distribution-settings)`,
    );
    return { failed: null, outputs, trace };
  }
  for (const d of config.distributions) {
    if (kind === 'DOCKER') {
      const target =
        d.containerDistributionConfiguration?.targetRepository.repositoryName ??
        containerRepository ??
        '';
      const tags = d.containerDistributionConfiguration?.containerTags ?? [];
      outputs.containerImages.push({ region: d.region, repositoryName: target, tags });
      trace.push(
        `${d.region}: container image pushed to ECR repository ${target}${tags.length ? ` with tags ${tags.join(', ')}` : ''} (imagebuilder/manage-distribution-settings)`,
      );
      continue;
    }
    const ami = d.amiDistributionConfiguration;
    const name = ami?.name ?? imageName;
    const key = ami?.kmsKeyId;
    const targets = (ami?.targetAccountIds ?? []).filter((a) => a !== env.accountId);
    const owners = [env.accountId, ...targets];
    for (const account of targets) {
      // copying into another account uses EC2ImageBuilderDistributionCrossAccountRole there (imagebuilder/cross-account-dist)
      if (env.accounts[account]?.distributionRole !== true) {
        return fail(
          `${d.region}: account ${account} has no EC2ImageBuilderDistributionCrossAccountRole for Image Builder to act through, so distribution fails (imagebuilder/cross-account-dist)`,
        );
      }
      if (key !== undefined) {
        // an encrypted AMI is re-encrypted in the target: the key policy must let that account use the key (imagebuilder/cross-account-dist)
        if (!(env.kmsKeys?.[key]?.allowedAccounts ?? []).includes(account)) {
          return fail(
            `${d.region}: the AMI is encrypted with ${key}, whose key policy does not allow account ${account}, so Image Builder cannot re-encrypt the copy there (imagebuilder/cross-account-dist)`,
          );
        }
        // and the destination role needs an inline policy allowing it to use the keys (imagebuilder/cross-account-dist)
        if (env.accounts[account]?.roleCanUseKeys !== true) {
          return fail(
            `${d.region}: EC2ImageBuilderDistributionCrossAccountRole in ${account} is not allowed to use ${key}; add the inline policy for the keys (imagebuilder/cross-account-dist)`,
          );
        }
      }
    }
    for (const account of owners) {
      outputs.amis.push({
        region: d.region,
        accountId: account,
        name,
        ...(key === undefined ? {} : { kmsKeyId: key }),
        ...(ami?.launchPermission === undefined || account !== env.accountId
          ? {}
          : { launchPermission: ami.launchPermission }),
      });
    }
    trace.push(
      `${d.region}: AMI ${name} copied into ${owners.join(', ')}${key === undefined ? '' : `, encrypted with ${key}`} (imagebuilder/API_AmiDistributionConfiguration)`,
    );
    if (ami?.launchPermission !== undefined) {
      // a launch permission shares the AMI: the owner keeps it, no role is needed in the other accounts (imagebuilder/API_AmiDistributionConfiguration)
      const who = [
        ...(ami.launchPermission.userIds ?? []),
        ...(ami.launchPermission.organizationArns ?? []),
        ...(ami.launchPermission.organizationalUnitArns ?? []),
        ...(ami.launchPermission.userGroups ?? []),
      ];
      trace.push(
        `${d.region}: shared by launch permission with ${who.join(', ')}; ${env.accountId} keeps owning it${key === undefined ? '' : `, and they can launch it only if ${key} lets them use it`} (imagebuilder/API_AmiDistributionConfiguration)`,
      );
    }
    for (const lt of d.launchTemplateConfigurations ?? []) {
      const account = lt.accountId ?? env.accountId;
      if (!owners.includes(account)) {
        return fail(
          `${d.region}: launch template ${lt.launchTemplateId} is in ${account}, which receives no copy of the AMI; make it a target account (imagebuilder/API_LaunchTemplateConfiguration)`,
        );
      }
      outputs.launchTemplates.push({
        region: d.region,
        accountId: account,
        launchTemplateId: lt.launchTemplateId,
        setDefaultVersion: lt.setDefaultVersion ?? false,
      });
      trace.push(
        `${d.region}: new version of ${lt.launchTemplateId} in ${account} with the AMI${lt.setDefaultVersion === true ? ', made the default version' : ' (not the default version)'} (imagebuilder/API_LaunchTemplateConfiguration)`,
      );
    }
    for (const ssm of d.ssmParameterConfigurations ?? []) {
      const account = ssm.amiAccountId ?? env.accountId;
      // the parameter's account must be a target account for the Region (imagebuilder/API_SsmParameterConfiguration)
      if (!owners.includes(account)) {
        return fail(
          `${d.region}: SSM parameter ${ssm.parameterName} is for account ${account}, which is not a target account in this Region (imagebuilder/API_SsmParameterConfiguration)`,
        );
      }
      const dataType = ssm.dataType ?? 'text';
      outputs.ssmParameters.push({
        region: d.region,
        accountId: account,
        parameterName: ssm.parameterName,
        dataType,
      });
      trace.push(
        `${d.region}: SSM parameter ${ssm.parameterName} in ${account} created or updated with the AMI ID (data type ${dataType}) (imagebuilder/API_SsmParameterConfiguration)`,
      );
    }
  }
  return { failed: null, outputs, trace };
}
