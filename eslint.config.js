import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const RENDERER_ROOMS = ['app', 'db', 'documents', 'domain', 'features', 'ledger', 'platform', 'services', 'ui'];
const DEXIE = ['dexie', 'dexie-*', 'dexie/*'];
const LIBRARIES = [
  'react',
  'react-*',
  'react/*',
  'docx',
  'docx-*',
  'antd',
  'antd/*',
  '@ant-design/*',
  'echarts',
  'exceljs',
  '@e965/xlsx',
];
/** Relative imports of every top-level folder of renderer/src except these, at any depth ('../../db/instance'). */
const outside = (...allowed) =>
  RENDERER_ROOMS.filter((room) => !allowed.includes(room)).flatMap((room) => [
    `../${room}`,
    `../${room}/*`,
    `**/../${room}`,
    `**/../${room}/*`,
  ]);
/**
 * One no-restricted-imports option for a folder: the renderer's own bans (electron, Node) and the folder's. ESLint
 * keeps only the last no-restricted-imports a file matches, so each folder's rule repeats the renderer's.
 */
const restrictedImports = (message, groups, others = []) => ({
  paths: [
    { name: 'electron', message: 'The renderer never imports electron: use renderer/src/platform.' },
    ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never imports Node modules.' })),
  ],
  patterns: [...groups.map((group) => ({ group, message })), ...others],
});
/** Dexie outside db/, with its own message where a folder's rule bans more. */
const NO_DEXIE = { group: DEXIE, message: 'renderer/src reaches IndexedDB only through renderer/src/db.' };
/** The app's database by name (getDb): a screen calls the db/ functions bound to it in services/data instead. */
const NO_APP_DATABASE = {
  group: ['../db/instance', '**/../db/instance'],
  message:
    'renderer/src/features never names the database (db/instance, getDb): call the db/ functions bound to it in renderer/src/services/data.',
};
/** features/' rule; `others` are the bans beside the folders a screen may not import. */
const featureImports = (...others) =>
  restrictedImports(
    'renderer/src/features never imports app/: what screens share lives in services/ or ui/.',
    [outside('features', 'db', 'documents', 'domain', 'platform', 'services', 'ui')],
    [NO_DEXIE, ...others],
  );

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-web/**',
      'dist-web-*/**',
      'dist-bench/**',
      'release/**',
      'node_modules/**',
      'samples/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.ts',
      'bench/run.ts',
      'bench/statistics.ts',
      'tests/main/**/*.ts',
      'tests/e2e/**/*.ts',
      'tests/electron/**/*.ts',
      '*.config.ts',
      '*.config.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer never imports electron: use renderer/src/platform.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never imports Node modules.' })),
          ],
        },
      ],
    },
  },
  {
    // Outside db/ and ledger/, no file reaches IndexedDB itself: screens, documents and domain go through db/'s
    // repositories.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/src/ledger/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports('renderer/src reaches IndexedDB only through renderer/src/db.', [DEXIE]),
      ],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(
          'renderer/src/domain is pure: no React, Dexie, docx or UI library, nothing outside domain/.',
          [DEXIE, LIBRARIES, outside('domain')],
        ),
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(
          'renderer/src/db stores domain records: it imports domain/ and ledger/ only, no screen, document or UI code.',
          [LIBRARIES, outside('db', 'domain', 'ledger')],
        ),
      ],
    },
  },
  {
    // The ledger's stored form sits below db/: db/ keeps it fresh and reads it, ledger/ never reaches back.
    files: ['renderer/src/ledger/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(
          'renderer/src/ledger encodes and stores the ledger rows: it imports domain/ only, no db/, screen or UI code.',
          [LIBRARIES, outside('ledger', 'domain')],
        ),
      ],
    },
  },
  {
    files: ['renderer/src/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(
          'renderer/src/documents builds files from domain data: no React, Dexie or UI library, no db/, features/ or app/.',
          [
            DEXIE,
            ['react', 'react-*', 'react/*', 'antd', 'antd/*', '@ant-design/*', 'echarts'],
            outside('documents', 'domain'),
          ],
        ),
      ],
    },
  },
  {
    // The rooms above the data, one way down (docs/architecture.md): app/ composes features/, features/ use services/
    // (session, clock, reference data), and services/ and ui/ know no screen.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', featureImports(NO_APP_DATABASE)] },
  },
  {
    files: ['renderer/src/services/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(
          'renderer/src/services serves every screen: it imports no app/, features/ or documents/.',
          [outside('services', 'db', 'domain', 'platform', 'ui')],
          [NO_DEXIE],
        ),
      ],
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(
          'renderer/src/ui holds presentational components: domain/ only, no data, screens or app.',
          [outside('ui', 'domain')],
          [NO_DEXIE],
        ),
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Only renderer/src/platform touches window.api.' },
      ],
    },
  },
  // Last: Prettier owns the layout, so no rule argues with it.
  prettier,
);
