// A challenge's start worked out in a Web Worker: an architecture challenge starts by playing
// actions on the default architecture, a whole release among them, which takes long enough on a
// phone to block input while the page loads.
import { expose } from 'comlink';
import { startFrom } from '../frame/sessionStart';
import { startOptions } from './startOptions';

export const challengeStart = {
  start: (search: string) => startFrom(new URLSearchParams(search), startOptions),
};

expose(challengeStart);
