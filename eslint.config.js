import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.cache/**', '.unkg/**', 'tools/**/target/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // the deprecated URL-encoding globals type-check where a local `escape` (escapeRegExp) was meant: a merge that dropped
      // the import once turned a regex literal into '%u7684' silently
      'no-restricted-globals': [
        'error',
        { name: 'escape', message: "the deprecated global; import { escapeRegExp } from '../escape-regexp' for a regex literal" },
        { name: 'unescape', message: 'the deprecated global' },
      ],
    },
  },
);
