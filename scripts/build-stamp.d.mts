/** Types of scripts/build-stamp.mjs (plain JavaScript: `npm run build` runs it with node alone). */
export declare const ROOT: string;
export declare const BUILD_STAMP: string;
export declare function sourceHash(): string;
export declare function buildIsFresh(hash?: string): boolean;
