import type { ArchitectureAction } from '../../../domain/architecture/simulation';
import type { ArchitectureScenario } from '../../../domain/architecture/types';

export interface ControlsProps {
  scenario: ArchitectureScenario;
  apply: (action: ArchitectureAction) => void;
}
