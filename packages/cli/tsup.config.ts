import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library entry (`run`), for programs that embed the CLI.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { entry: 'src/index.ts' },
    clean: true,
    target: 'es2022',
    platform: 'node',
    splitting: false,
    // import.meta.url in the CommonJS build (used to find files shipped by @sisc/criteria).
    shims: true,
  },
  {
    // The `sisc` binary: one bundle of the CLI, the @sisc libraries (from their sources, so that
    // unused modules drop out) and their dependencies, split into chunks that each command loads
    // when it runs (src/run.ts). `sisc --version` loads bin.js alone.
    entry: ['src/bin.ts'],
    format: ['esm'],
    clean: false,
    target: 'es2022',
    platform: 'node',
    splitting: true,
    minify: true,
    noExternal: [/^@sisc\//, 'zod', 'yaml', 'semver', 'markdown-it', 'fflate', '@noble/hashes'],
    external: ['playwright-core'],
    esbuildOptions(options) {
      options.conditions = ['@sisc/source'];
      options.chunkNames = 'chunks/[name]-[hash]';
    },
    // CommonJS dependencies (semver) call require(): give the bundle one.
    banner: { js: "import { createRequire as __siscRequire } from 'node:module'; const require = __siscRequire(import.meta.url);" },
  },
]);
