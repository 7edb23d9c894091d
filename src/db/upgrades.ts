import type { Transaction } from 'dexie';
import { splitV1Settings } from './settingsV1';

/** Dexie upgrade of each schema version that needs one, run when an older database opens. */
export const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  2: async (tx) => {
    const settings = tx.table('settings');
    const split = splitV1Settings(await settings.toArray());
    await tx.table('challengeProgress').bulkPut(split.challengeProgress);
    await tx.table('questionReports').bulkPut(split.questionReports);
    await settings.clear();
    await settings.bulkPut(split.settings);
  },
};
