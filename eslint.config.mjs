// ESLint (flat config): TypeScript and Astro, plus the rules that keep the architecture honest:
// pages, components, layouts and browser code read the shared model and the generated data,
// never the pipeline's internals; folders import each other through the "#…" aliases of
// package.json, never through ../../; and every package the code imports is declared.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Deep relative paths into another folder cross top-level folders; the aliases say where an
 * import comes from. (A file at the project root, such as situs.config.json, has no alias.)
 */
const DEEP_RELATIVE = {
  regex: '^(\\.\\./){2,}[^/]+/',
  message:
    'Impor lintas folder memakai alias dari "imports" di package.json (#pipeline/*, #lib/*, #components/*, …), bukan ../../.',
};

/** What the site's rendering layers may not import: the CSV-to-JSON stage. */
const PIPELINE_INTERNALS = [
  {
    regex: '^#pipeline/',
    message:
      'Halaman, komponen, layout, dan kode peramban tidak mengimpor pipeline. Pakai model bersama (#model/*, #lib/*) dan data yang dihasilkan (@generated/*).',
  },
  {
    regex: '^(\\.\\./)+(pipeline|scripts)(/|$)',
    message: 'Halaman, komponen, layout, dan kode peramban tidak mengimpor pipeline atau skrip build.',
  },
];

export default defineConfig(
  {
    ignores: [
      'dist/**',
      '.astro/**',
      '.cache/**',
      'node_modules/**',
      'src/generated/**',
      'data/**',
      'tests/fixtures/**',
      '**/*.d.ts',
      'dist.*/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are dead code; a leading underscore marks a deliberately unused parameter.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-restricted-imports': ['error', { patterns: [DEEP_RELATIVE] }],
    },
  },
  {
    // The pipeline recognises control and invisible characters in staff files on purpose
    // (binary or mis-saved CSVs, zero-width and combining marks pasted from the web).
    files: ['pipeline/**'],
    rules: { 'no-control-regex': 'off', 'no-misleading-character-class': 'off' },
  },
  {
    // An Astro component's `interface Props` types its callers' attributes even when unread.
    files: ['**/*.astro'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^(_|Props$)', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Browser code and the partner-site scripts run in the reader's browser, not in Node.
    files: ['src/client/**', 'public/**/*.js', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**', 'src/client/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_RELATIVE, ...PIPELINE_INTERNALS] }] },
  },
  {
    // No phantom dependencies: every bare import names a package in package.json.
    files: ['**/*.{ts,mjs,js,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      // The project's own aliases (package.json "imports", the @generated vite alias) and Astro's virtual modules are not packages.
      'import-x/internal-regex': '^(#|@generated/)',
      'import-x/core-modules': ['astro:content', 'astro:assets', 'astro:middleware', 'astro:transitions'],
    },
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: true, optionalDependencies: false, peerDependencies: false },
      ],
    },
  },
);
