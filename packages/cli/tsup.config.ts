import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  target: 'es2022',
  platform: 'node',
  splitting: false,
  // import.meta.url in the CommonJS build (used to find files shipped by @sisc/criteria).
  shims: true,
});
