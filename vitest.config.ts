import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against sources, no build needed (the `@sisc/source` export condition).
    alias: [
      ...['model', 'criteria', 'engine', 'diff', 'render', 'spreadsheet', 'attest', 'cli', 'interop'].map((name) => ({
        find: new RegExp(`^@sisc/${name}$`),
        replacement: pkg(name),
      })),
      // The model's subpaths for code that loads zod lazily (the engine, the criteria registry).
      ...['core', 'diagnostics'].map((sub) => ({ find: new RegExp(`^@sisc/model/${sub}$`), replacement: fileURLToPath(new URL(`./packages/model/src/${sub}.ts`, import.meta.url)) })),
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts', 'test/*/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
