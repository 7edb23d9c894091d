/**
 * Every simulator of the sandbox, in the order /sandbox lists them. Ids, the challenge-file and
 * export-file enums, the database's SimulatorId and the content check all derive from this list;
 * the sandbox feature maps each id to its page (src/features/sandbox/simulators.ts).
 */
export const SIMULATOR_LIST = [
  {
    id: 'architecture',
    title: 'Architecture sandbox',
    summary:
      'A release through tooling, DR and workload accounts: build, sign, scan, replicate and deploy, with faults to switch on and the statechart of every step.',
    lesson: 'architecture',
  },
  {
    id: 'upstream',
    title: 'CodeArtifact upstream simulator',
    summary:
      'Depth-first search, retention, external connections, outages, origin controls and tokens.',
    lesson: 'upstreams',
  },
  {
    id: 'lifecycle',
    title: 'Lifecycle simulator',
    summary: 'ECR lifecycle rules, S3 lifecycle and Object Lock with a time machine.',
    lesson: 'ecr-lifecycle',
  },
  {
    id: 'access',
    title: 'Cross-account access simulator',
    summary: 'IAM, resource and KMS key policies with a step-by-step decision trace.',
    lesson: 'cross-account',
  },
] as const satisfies readonly SimulatorInfo[];

interface SimulatorInfo {
  id: string;
  /** The simulator page's heading and document title. */
  title: string;
  /** One line for the /sandbox list. */
  summary: string;
  /** The slug of the lesson that teaches what the simulator shows. */
  lesson: string;
}

export type SimulatorId = (typeof SIMULATOR_LIST)[number]['id'];

/** The ids, as a tuple for zod enums. */
export const SIMULATORS = SIMULATOR_LIST.map((s) => s.id) as unknown as readonly [
  SimulatorId,
  ...SimulatorId[],
];

/** A simulator by id; undefined for an id no simulator has (a mistyped URL). */
export const simulatorById = (id: string): (typeof SIMULATOR_LIST)[number] | undefined =>
  SIMULATOR_LIST.find((s) => s.id === id);

export const simulatorTitle = (id: SimulatorId) => simulatorById(id)!.title;

/** Where a simulator opens: `/sandbox/<id>`, or a challenge's own page `/sandbox/<id>/<challenge>`. */
export const simulatorRoute = (id: SimulatorId, challenge?: string) =>
  `/sandbox/${id}${challenge ? `/${encodeURIComponent(challenge)}` : ''}`;
