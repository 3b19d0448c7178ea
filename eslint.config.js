import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The house arrows (STYLE.md): ui -> db, documents, sync -> domain; nothing imports ui; domain imports none of Chamber. */
const restrict = (patterns) => ({
  'no-restricted-imports': [
    'error',
    { paths: [{ name: 'electron', message: 'The renderer never imports electron.' }], patterns },
  ],
});
const uiOnly = { group: ['**/ui/**', '../ui/*', '../../ui/*'], message: 'Nothing imports the UI.' };
const noElectron = {
  group: ['**/electron/main/**', '**/electron/preload/**'],
  message: 'The renderer never imports electron: it meets the shell only in electron/shared/bridge.ts.',
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'release', '.test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict([noElectron]) },
  },
  {
    files: ['renderer/domain/**'],
    rules: restrict([
      noElectron,
      {
        group: [
          '**/db/**',
          '**/documents/**',
          '**/sync/**',
          '**/platform/**',
          '**/ui/**',
          'react',
          'dexie',
          'docx',
        ],
        message: 'domain imports nothing of Chamber and no framework.',
      },
    ]),
  },
  {
    files: ['renderer/db/**', 'renderer/documents/**', 'renderer/sync/**', 'renderer/platform/**'],
    rules: restrict([noElectron, uiOnly]),
  },
  {
    files: ['renderer/documents/**'],
    rules: restrict([
      noElectron,
      uiOnly,
      {
        group: ['**/db/**', 'dexie', 'react'],
        message: 'Document builders are pure: data in, Document out.',
      },
    ]),
  },
);
