import challengeFiles from '../../../content/challengeFiles/architecture';
import defaultScenarioJson from '../../../../content/scenarios/architecture.json';
import { parseArchitectureChallenge } from '../../../domain/architecture/challenge';
import { parseArchitectureScenario } from '../../../domain/architecture/schema';
import type { ArchitectureScenario } from '../../../domain/architecture/types';
import type { StartOptions } from '../frame/sessionStart';

// Stored in its parsed form (tests/content/defaultScenarios.test.ts), so the page starts without
// the parser, whose first run is a long task on a phone.
export const defaultScenario = defaultScenarioJson as unknown as ArchitectureScenario;

/** Where the page starts; the route's loader works it out ahead for a challenge or share link. */
export const startOptions = {
  simulator: 'architecture',
  challengeFiles,
  defaultScenario,
  parseScenario: parseArchitectureScenario,
  parseChallenge: (raw: unknown) => parseArchitectureChallenge(raw, defaultScenario),
} satisfies StartOptions<unknown, unknown, unknown>;
