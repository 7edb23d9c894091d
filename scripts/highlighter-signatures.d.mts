export declare const HIGHLIGHTER_SIGNATURES: readonly string[];
export declare function highlighterSignature(text: string): string | null;
