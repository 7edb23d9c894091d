// The lifecycle engine in a Web Worker: a year of daily lifecycle runs, or a generated history,
// is computed here while the page stays responsive.
import { expose } from 'comlink';
import { applyLifecycleStep } from '../../../machines/lifecycleSim';

export const lifecycleEngine = { apply: applyLifecycleStep };

expose(lifecycleEngine);
