import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

// The layers and the one direction their imports run in (docs/architecture/layers.md):
//   app → components → server → db → domain → copy
// Each folder may import what is to its right, never what is to its left. Rules name what a folder may not import;
// `types` allows type-only imports (erased at build), `except` sub-folders it may import all the same.
const layer = (files, forbidden, { ignores = [], extra = [] } = {}) => ({
  files,
  ignores,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map(({ folder, types = false, except = [] }) => ({
            // '@/server/x' or a relative '../server/x'; `except` sub-folders are let through.
            regex: `^(@/|(\\.\\./)+)${folder}(/(?!(${except.join('|') || '$^'})/)|$)`,
            message: `${files[0].split('/')[0]}/ may not import ${folder}/${except.length ? ` (but ${except.map((sub) => `${folder}/${sub}`).join(', ')})` : ''}${types ? ' except as types' : ''}: layers run app → components → server → db → domain → copy.`,
            allowTypeImports: types,
          })),
          ...extra,
        ],
      },
    ],
  },
});
const folders = (...names) => names.map((folder) => ({ folder }));
const NO_REACT = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react-markdown', 'next', 'next/*'],
    message: 'Pure code: no React or Next.js here.',
    allowTypeImports: true,
  },
];
// The server components that load the data they show; every other component gets its data as props.
const DATA_COMPONENTS = [
  'components/site/site-header.tsx',
  'components/site/site-footer.tsx',
  'components/site/sidebar.tsx',
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Formatting is Prettier's (npm run format); ESLint keeps to correctness.
  prettier,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.test-tmp/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'db/migrations/**',
    ],
  },
  layer(['copy/**'], [...folders('app', 'components', 'server', 'db'), { folder: 'domain', types: true }], {
    extra: NO_REACT,
  }),
  layer(['domain/**'], folders('app', 'components', 'server', 'db'), { extra: NO_REACT }),
  layer(['db/**'], folders('app', 'components', 'server'), {
    ignores: ['db/seed.ts'],
    extra: [
      { group: ['react', 'react-dom', 'react-dom/*', 'react-markdown'], message: 'The data layer renders nothing.' },
    ],
  }),
  // The demo seed stores its images through the same media pipeline as an upload (server/media).
  layer(['db/seed.ts'], [{ folder: 'app' }, { folder: 'components' }, { folder: 'server', except: ['media'] }]),
  layer(['server/**'], folders('app', 'components')),
  // Components call server actions; they use the data layer's and the server's shapes only as types.
  layer(
    ['components/**'],
    [{ folder: 'app' }, { folder: 'db', types: true }, { folder: 'server', types: true, except: ['actions'] }],
    { ignores: DATA_COMPONENTS },
  ),
  layer(DATA_COMPONENTS, [{ folder: 'app' }, { folder: 'server', types: true, except: ['actions'] }]),
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
];

export default config;
