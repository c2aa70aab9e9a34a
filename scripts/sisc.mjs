// `pnpm sisc …` in a checkout: the sisc command, run from the directory pnpm was called in
// (INIT_CWD), so that `pnpm sisc my-assessment.yaml` reads the file the caller means. pnpm runs
// package scripts from the repository root; this puts the caller's directory back.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
await import('../packages/cli/bin/sisc.js');
