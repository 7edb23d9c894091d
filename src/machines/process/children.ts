import type { AnyStateMachine } from 'xstate';
import type { ProcessMachineId } from '../../domain/simulation';
import { accessCheckMachine } from './accessCheck';
import { artifactLifecycleMachine } from './artifactLifecycle';
import { packageRequestMachine } from './packageRequest';
import { codeBuildMachine } from './release/codeBuild';
import { deploymentMachine } from './release/deployment';
import { imageBuildMachine } from './release/imageBuild';
import { imagePushMachine } from './release/imagePush';
import { networkPathMachine } from './release/networkPath';
import { replicationMachine } from './release/replication';
import { scanMachine } from './release/scan';
import { signingMachine } from './release/signing';

/** Every process machine a run can start, the release run itself aside (built on first use). */
export const childMachines = (): Record<
  Exclude<ProcessMachineId, 'releaseRun'>,
  AnyStateMachine
> => ({
  packageRequest: packageRequestMachine(),
  accessCheck: accessCheckMachine(),
  artifactLifecycle: artifactLifecycleMachine(),
  networkPath: networkPathMachine(),
  codeBuild: codeBuildMachine(),
  signing: signingMachine(),
  imagePush: imagePushMachine(),
  scan: scanMachine(),
  replication: replicationMachine(),
  deployment: deploymentMachine(),
  imageBuild: imageBuildMachine(),
});
