// The import layers of src, read by eslint.config.mjs (no-restricted-imports) and tests/core/purity.test.ts.
/**
 * The layers, each folder of src with the folders it may import (lower layers):
 *   core ← settings ← xlsx, docx ← workbookFile ← cli, web
 *   core ← settings ← excel ← taskpane, commands; docx ← taskpane (the draft báo cáo, in its own chunk);
 *   workbookFile ← taskpane (the files the user chooses in the pane, read in the engine's chunk)
 * The page reuses the pane's components (taskpane/components, i18n, state, theme, clipboard), never
 * the add-in's runtime (App, engine, index) nor the office-js adapter. tests/core/purity.test.ts
 * checks the same table where lint is not run. The README's Architecture section draws it.
 */
export const LAYERS = {
  core: [],
  settings: ['core'],
  xlsx: ['core'],
  docx: ['core'],
  workbookFile: ['core', 'settings', 'xlsx', 'docx'],
  excel: ['core', 'settings'],
  cli: ['core', 'settings', 'xlsx', 'docx', 'workbookFile'],
  web: ['core', 'settings', 'workbookFile', 'taskpane'],
  taskpane: ['core', 'settings', 'excel', 'docx', 'workbookFile'],
  commands: ['core', 'settings', 'excel', 'taskpane'],
};
