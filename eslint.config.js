// Type-checked rules everywhere; each package's tsconfig gives the project service its files.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure cores: no I/O, no database, no UI, so the browser and the server run the same code.
const CORES = ['schema', 'org', 'flow', 'designer', 'bpmn', 'route-text', 'catalog'];
// Their tests, benches and fixtures, which may read files; kept in step with the cores' tsconfig.json `exclude`.
const CORE_TEST_FILES = ['**/*.test.ts', '**/*.test-helper.ts', '**/*.bench.ts', '**/test-*.ts', '**/test/**'];
// A core's Node-only entry, outside its browser-safe face: `@signoff/catalog/node` reads catalog folders.
const CORE_NODE_ENTRIES = ['packages/catalog/src/node.ts', 'packages/catalog/src/node/**'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/data/**', '**/*.config.*', '**/bin/*.mjs', '.turbo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: CORES.map((core) => `packages/${core}/src/**/*.{ts,tsx}`),
    ignores: [...CORE_TEST_FILES, ...CORE_NODE_ENTRIES],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'path/*'],
              message: 'The cores stay free of Node (they run in the browser too): take the data as an argument.',
            },
            {
              group: ['@signoff/db', '@signoff/db/*', '@signoff/api', '@signoff/api/*'],
              message: 'The cores stay free of the database and the API: return data or effects, the API writes them.',
            },
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
              message: 'The cores stay free of React: the web wraps them.',
            },
          ],
        },
      ],
    },
  },
  // The cores' tests and Node entries are outside their tsconfig.json (which has no Node types), so they are linted in tsconfig.test.json.
  ...CORES.map((core) => ({
    files: CORE_TEST_FILES.map((glob) => `packages/${core}/src/${glob}`)
      .concat(`packages/${core}/scripts/**/*.ts`)
      .concat(CORE_NODE_ENTRIES.filter((entry) => entry.startsWith(`packages/${core}/`))),
    languageOptions: {
      parserOptions: { projectService: false, project: `./packages/${core}/tsconfig.test.json`, tsconfigRootDir: import.meta.dirname },
    },
  })),
);
