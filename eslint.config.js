// ESLint flat config: @eslint/js recommended + typescript-eslint recommendedTypeChecked (types from
// tsconfig.json through the project service; the .js/.mjs/.cjs files get the untyped rules only).
// Formatting is prettier's job (.prettierrc.json): none of these presets carries a stylistic rule.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'lib/', 'node_modules/', 'coverage/', 'test/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An async function without await is how hoist implements Promise-returning interfaces
      // (post(), fakes in tests): the rule flags the style, never a bug.
      '@typescript-eslint/require-await': 'off',
      // URL and URLSearchParams print well in templates; without the DOM lib their types come from
      // @types/node, which the rule's default allow-list (lib only) misses.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          // The rule's other options keep their recommended defaults (typescript-eslint merges them in).
          allow: [
            { from: 'lib', name: ['Error', 'URL', 'URLSearchParams'] },
            { from: 'package', package: 'url', name: ['URL', 'URLSearchParams'] }
          ]
        }
      ]
    }
  },
  {
    // The shape cannot drift back: no src/ file over 500 lines, and main.ts only dispatches to the phases.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 500, skipBlankLines: false, skipComments: false }],
      // The environment is read once (src/runner/env.ts) and handed down as typed facts.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment in src/runner/env.ts (readRunEnv) and hand the typed facts down (Ports.env).' }]
    }
  },
  {
    files: ['src/main.ts'],
    rules: { 'max-lines': ['error', { max: 100, skipBlankLines: false, skipComments: false }] }
  },
  {
    // The runner protocol and the environment reader are where the process's variables come in; the exec wrapper passes them on to programs.
    files: ['src/runner/**/*.ts', 'src/util/exec.ts'],
    rules: { 'no-restricted-properties': 'off' }
  },
  {
    // Tests parse what the action wrote (outputs, summaries, registry JSON) and assert on it
    // with expect, which takes any shape: a cast per field would add noise, not safety.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off'
    }
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked]
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
);
