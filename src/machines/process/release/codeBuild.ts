import { createStepsMachine } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/** The CodeBuild project's phases for one release: a state per thing it builds. */
export const codeBuildMachine = lazyMachine(() =>
  createStepsMachine({
    id: 'codeBuild',
    initial: 'starting',
    states: {
      starting: {
        description: 'CodeBuild starts the build container with the project’s role.',
        to: ['installingFromS3', 'pullingBaseImage'],
      },
      installingFromS3: { takes: 'install', to: ['failed'] },
      pullingBaseImage: { takes: 'baseImage', to: ['buildingImage', 'failed'] },
      buildingImage: { takes: 'docker', to: ['packagingFunction', 'failed'] },
      packagingFunction: { takes: 'package', to: ['uploadingArtifact', 'failed'] },
      uploadingArtifact: { takes: 'upload', to: ['built', 'failed'] },
      built: { takes: 'result.passed', end: 'ok' },
      failed: { takes: 'result.failed', end: 'failed' },
    },
  }),
);
