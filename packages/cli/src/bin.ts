#!/usr/bin/env node
// The `sisc` binary: a thin wrapper that hands the real process to `run`. `sisc --version` is
// answered here, before anything else is loaded.
import { SISC_VERSION } from './_version.js';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // The reader went away (e.g. `sisc schema assessment | head`): stop quietly.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(argv: string[]): Promise<number> {
  const { run } = await import('./run.js');
  return run(argv, {
    stdout: (text) => void process.stdout.write(text),
    stdoutBytes: (bytes) => void process.stdout.write(bytes),
    stderr: (text) => void process.stderr.write(text),
    readStdin,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${SISC_VERSION}\n`);
} else {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // run() never throws; this is a last resort.
      process.stderr.write(`sisc: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
