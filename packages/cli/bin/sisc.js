#!/usr/bin/env node
// The `sisc` command. This file is committed (not built) so that package managers link the bin
// even when they install before the build, as in a checkout of the repository; the command
// itself is the built dist/bin.js.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'sisc: the command is not built yet (no packages/cli/dist/bin.js); run `pnpm build` in the repository first.\n' +
      'sisc: コマンドがまだビルドされていません（packages/cli/dist/bin.js がありません）。リポジトリで `pnpm build` を実行してください。\n',
  );
  process.exit(2);
}
await import(entry.href);
