// Statechart layouts in a Web Worker: dagre takes long enough on a phone to delay the paint
// after the click that first shows a machine.
import { expose } from 'comlink';
import type { ProcessMachineId } from '../../../domain/simulation';
import { processMachine } from '../../../machines/process';
import { layoutMachine } from './chartLayout';

export const chartLayouts = {
  layout: (machine: ProcessMachineId) => layoutMachine(processMachine(machine)),
};

expose(chartLayouts);
