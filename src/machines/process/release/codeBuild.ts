import { createStepsMachine } from '../stepsMachine';

/** The CodeBuild project's phases for one release: a state per thing it builds. */
export const codeBuildMachine = createStepsMachine({
  id: 'codeBuild',
  initial: 'starting',
  take: [
    [{ kind: 'install' }, 'installingFromS3'],
    [{ kind: 'baseImage' }, 'pullingBaseImage'],
    [{ kind: 'docker' }, 'buildingImage'],
    [{ kind: 'package' }, 'packagingFunction'],
    [{ kind: 'upload' }, 'uploadingArtifact'],
    [{ kind: 'result', outcome: 'passed' }, 'built'],
    [{ kind: 'result', outcome: 'failed' }, 'failed'],
  ],
  states: {
    starting: {
      description: 'CodeBuild starts the build container with the project’s role.',
      to: ['installingFromS3', 'pullingBaseImage'],
    },
    installingFromS3: { to: ['failed'] },
    pullingBaseImage: { to: ['buildingImage', 'failed'] },
    buildingImage: { to: ['packagingFunction', 'failed'] },
    packagingFunction: { to: ['uploadingArtifact', 'failed'] },
    uploadingArtifact: { to: ['built', 'failed'] },
  },
  ok: ['built'],
  failed: ['failed'],
});
