// ESLint flat config: the Office add-in rules (eslint-plugin-office-addins, as office-addin-lint
// applies them) + typescript-eslint + Prettier, and a guard that keeps src/core pure.
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import tseslint from 'typescript-eslint';

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
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'hyperformula', 'docx'],
            message: 'src/core is pure: no UI or file libraries.',
          },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core does no I/O.' },
          {
            group: ['**/excel/*', '**/cli/*', '**/taskpane/*', '**/commands/*', '**/docx/*'],
            message: 'src/core never imports an adapter.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'Excel', message: 'src/core never touches office-js.' },
      { name: 'Office', message: 'src/core never touches office-js.' },
      { name: 'document', message: 'src/core has no DOM.' },
      { name: 'window', message: 'src/core has no DOM.' },
    ],
  },
};

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
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['node:*', 'fs', 'path', 'os', 'zlib', 'child_process'],
            message: 'src/workbookFile and src/xlsx run in browsers.',
          },
        ],
      },
    ],
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
