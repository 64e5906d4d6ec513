import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'dist-web-*/**', 'dist-bench/**', 'release/**', 'node_modules/**', 'samples/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.ts', 'bench/run.ts', 'bench/statistics.ts', 'tests/main/**/*.ts', 'tests/e2e/**/*.ts', 'tests/electron/**/*.ts', '*.config.ts', '*.config.js'],
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
          paths: [{ name: 'electron', message: 'The renderer never imports electron: use renderer/src/platform.' }, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never imports Node modules.' }))],
        },
      ],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Domain code is pure.' }, ...nodeBuiltins.map((name) => ({ name, message: 'Domain code is pure.' }))],
          patterns: [
            { group: ['react', 'react-*', 'react/*', 'dexie', 'dexie-*', 'docx', 'docx-*', 'antd', 'antd/*', '@ant-design/*', 'echarts', 'exceljs'], message: 'renderer/src/domain imports no React, Dexie, docx or UI libraries.' },
            { group: ['../db/*', '../documents/*', '../features/*', '../app/*', '../platform/*', '../ui/*'], message: 'renderer/src/domain depends on nothing outside itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/platform/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Only renderer/src/platform touches window.api.' }],
    },
  },
);
