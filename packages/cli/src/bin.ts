#!/usr/bin/env node
// The `sisc` binary: a thin wrapper that hands the real process to `run`.
import { run } from './run.js';

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

run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stdoutBytes: (bytes) => void process.stdout.write(bytes),
  stderr: (text) => void process.stderr.write(text),
  readStdin,
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // run() never throws; this is a last resort.
    process.stderr.write(`sisc: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
