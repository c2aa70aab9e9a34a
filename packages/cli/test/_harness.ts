/** Runs the CLI in-process with fake standard streams, a fixed clock and a chosen directory. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIo } from '../src/index.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const EXAMPLES = join(REPO_ROOT, 'docs', 'examples');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  now?: Date;
  io?: Partial<CliIo>;
}

export async function sisc(args: readonly string[], options: RunOptions = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? { LANG: 'en_US.UTF-8' },
    cwd: options.cwd ?? REPO_ROOT,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    now: () => options.now ?? new Date('2026-04-01T09:00:00Z'),
    ...options.io,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sisc-cli-'));
}
