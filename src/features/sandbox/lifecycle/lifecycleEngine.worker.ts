// The lifecycle engine in a Web Worker: a year of daily lifecycle runs, or a generated history,
// is computed here while the page stays responsive.
import { expose } from 'comlink';
import { applyLifecycleAction } from '../../../domain/lifecycle/simulation';

export const lifecycleEngine = { apply: applyLifecycleAction };

expose(lifecycleEngine);
