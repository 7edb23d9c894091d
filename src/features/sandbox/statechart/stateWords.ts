/** 'kmsKeyPolicy' → 'kms key policy': state and guard names read as words. */
export const stateWords = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
