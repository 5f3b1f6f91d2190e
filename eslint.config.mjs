// ESLint flat config: the Office add-in rules (eslint-plugin-office-addins, as office-addin-lint
// applies them) + typescript-eslint + Prettier, and the layers: which folder may import which.
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import tseslint from 'typescript-eslint';
import { LAYERS } from './layers.mjs';

// The Office recommended block (office-addins + @typescript-eslint + prettier rules) names only
// .js/.ts files; the task pane's .tsx files get the same block, plus React's rules for the
// automatic JSX runtime (TypeScript checks props, so no prop-types).
const officeTs = officeAddins.configs.recommended.find((c) => c.files?.some((f) => f.includes('ts')));
const tsxFiles = {
  ...officeTs,
  files: ['**/*.tsx'],
  plugins: { ...officeTs.plugins, react },
  languageOptions: {
    ...officeTs.languageOptions,
    parser: tseslint.parser,
    ecmaVersion: 2022,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
  settings: { react: { version: 'detect' } },
  rules: {
    ...officeTs.rules,
    ...react.configs.flat.recommended.rules,
    ...react.configs.flat['jsx-runtime'].rules,
    'react/prop-types': 'off',
  },
};

const coreRestrictions = {
  files: ['src/core/**/*.ts', 'src/settings/**/*.ts'],
  rules: {
    'no-restricted-globals': [
      'error',
      { name: 'Excel', message: 'src/core never touches office-js.' },
      { name: 'Office', message: 'src/core never touches office-js.' },
      { name: 'document', message: 'src/core has no DOM.' },
      { name: 'window', message: 'src/core has no DOM.' },
    ],
  },
};

/** What a folder may not import beyond the layers: the add-in's runtime from the page. */
const EXTRA_FORBIDDEN = {
  web: ['**/taskpane/App', '**/taskpane/engine', '**/taskpane/index', '**/taskpane/PaneRoot', '**/taskpane/prerender'],
};

/** Folders that run in browsers as well as in Node (the page's worker): no Node API. */
const BROWSER_SAFE = ['core', 'settings', 'xlsx', 'docx', 'workbookFile'];

function layerRule(folder) {
  const forbidden = Object.keys(LAYERS).filter((f) => f !== folder && !LAYERS[folder].includes(f));
  const patterns = [];
  if (forbidden.length > 0)
    patterns.push({
      group: forbidden.flatMap((f) => [`**/${f}/**`, `**/${f}`]),
      message: `src/${folder} imports only ${LAYERS[folder].join(', ') || 'itself'} (layers.mjs).`,
    });
  if (EXTRA_FORBIDDEN[folder])
    patterns.push({ group: EXTRA_FORBIDDEN[folder], message: 'the page never loads the add-in.' });
  if (folder === 'core' || folder === 'settings')
    patterns.push({
      group: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'hyperformula', 'docx'],
      message: `src/${folder} is pure: no UI or file libraries.`,
    });
  if (BROWSER_SAFE.includes(folder))
    patterns.push({
      group: ['node:*', 'fs', 'path', 'os', 'zlib', 'child_process'],
      message: `src/${folder} runs in browsers and does no I/O of its own.`,
    });
  return { files: [`src/${folder}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

// The add-in writer's plan and batches are computed from the model alone; only writeReport.ts talks to Excel.
const planRestrictions = {
  files: ['src/excel/plan/**/*.ts'],
  rules: {
    'no-restricted-globals': [
      'error',
      { name: 'Excel', message: 'the write plan is pure: office-js only in src/excel/writeReport.ts.' },
      { name: 'Office', message: 'the write plan is pure: office-js only in src/excel/writeReport.ts.' },
    ],
  },
};

// The workbook-file pipeline runs in Node and in browsers (the page's Web Worker): no Node API.
const workbookFileRestrictions = {
  files: ['src/workbookFile/**/*.ts', 'src/xlsx/**/*.ts'],
  rules: {
    // ExcelJS's types may be named (the shared fallback's), ExcelJS itself only loaded by the host.
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['exceljs'],
            allowTypeImports: true,
            message: 'ExcelJS is the host’s fallback, loaded by the host and handed in (exceljsFallback).',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'Buffer', message: 'src/workbookFile runs in browsers: Uint8Array.' },
      { name: 'process', message: 'src/workbookFile and src/xlsx run in browsers.' },
      { name: 'setImmediate', message: 'src/workbookFile and src/xlsx run in browsers.' },
    ],
  },
};

export default [
  { ignores: ['node_modules/**', 'dist/**', 'assets/**', 'coverage/**'] },
  ...officeAddins.configs.recommended,
  tsxFiles,
  {
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-undef': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: {},
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly' },
    },
  },
  ...Object.keys(LAYERS).map(layerRule),
  coreRestrictions,
  planRestrictions,
  workbookFileRestrictions,
  noLargeSpreads(),
];

// A spread passes each element as an argument: past ~100,000 elements (a worker: ~60,000) the call
// overflows the stack. Over data, loop instead (max/min, push, concat, fromCharCode).
// A function declaration, so the list above can name it before this point.
function noLargeSpreads() {
  const spreadInto = (callee) => `CallExpression[callee.property.name=${callee}] > SpreadElement`;
  return {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: spreadInto('/^(max|min)$/'),
          message: 'Math.max/min over spread data overflows the stack on large tables: loop.',
        },
        {
          selector: spreadInto('/^(push|unshift|concat|splice)$/'),
          message: 'push/concat of spread data overflows the stack on large tables: loop.',
        },
        {
          selector: spreadInto('/^(fromCharCode|fromCodePoint)$/'),
          message: 'String.fromCharCode over spread data overflows the stack: decode in chunks.',
        },
      ],
    },
  };
}
