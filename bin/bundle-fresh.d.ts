/** Types of bin/bundle-fresh.js (plain JavaScript: bin/chitieu.js runs it before tsx is loaded). */
export declare const HOST_UI_FOLDERS: ReadonlySet<string>;
export declare function bundleSourceFolders(root: string): string[];
export declare function bundleIsFresh(root: string): boolean;
