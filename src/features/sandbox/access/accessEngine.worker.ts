// The access engine in a Web Worker: a run, its traces and "what would make this allowed?" are
// decided here, so the button pressed repaints at once and the page stays responsive.
import { expose } from 'comlink';
import { applyAccessStep } from '../../../machines/accessSim';

export const accessEngine = { apply: applyAccessStep };

expose(accessEngine);
