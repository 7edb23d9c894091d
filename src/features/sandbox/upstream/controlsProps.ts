import type { UpstreamAction, UpstreamScenario } from '../../../domain/codeartifact/scenario';

export interface ControlsProps {
  scenario: UpstreamScenario;
  apply: (action: UpstreamAction) => void;
}
