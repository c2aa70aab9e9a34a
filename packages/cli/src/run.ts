/**
 * The sisc command line as a function: `run(argv, io)` parses the arguments, runs one command and
 * returns the exit code. Every expected failure is mapped here, in one place, to a one-line
 * message and an exit code (0 ok, 1 the check failed, 2 usage error or unusable input); a stack
 * trace is printed only for unexpected errors, and only with SISC_DEBUG=1.
 */
import { INPUT_BUDGET, isSiscError, ValidationError } from '@sisc/model';
import { checkLang, parse, scanLang, type OptionSpec, type Parsed } from './_args.js';
import { colorEnabled, EXIT_OK, EXIT_USAGE, paint, type CliIo, type Context } from './_context.js';
import { CliError, IssuesError, usageError } from './_errors.js';
import { COMMANDS, commandHelp, mainHelp } from './_help.js';
import { isLang, langFromEnv, type Lang } from './_lang.js';
import { messages } from './_messages.js';
import { formatIssues } from './_report-issues.js';
import { visible } from './_terminal.js';
import { SISC_VERSION } from './_version.js';

export type { CliIo } from './_context.js';

interface Command {
  options: Record<string, OptionSpec>;
  run: (ctx: Context, parsed: Parsed) => Promise<number>;
}

/**
 * Each command is loaded only when it runs (the CLI is bundled with code splitting), so a command
 * pays only for what it uses and `--version` or `--help` for nothing.
 */
const COMMAND_TABLE: Record<string, () => Promise<Command>> = {
  versions: async () => {
    const m = await import('./commands/_versions.js');
    return { options: m.versionsOptions, run: m.versionsCommand };
  },
  init: async () => {
    const m = await import('./commands/_init.js');
    return { options: m.initOptions, run: m.initCommand };
  },
  validate: async () => {
    const m = await import('./commands/_validate.js');
    return { options: m.validateOptions, run: m.validateCommand };
  },
  evaluate: async () => {
    const m = await import('./commands/_evaluate.js');
    return { options: m.evaluateOptions, run: m.evaluateCommand };
  },
  render: async () => {
    const m = await import('./commands/_render.js');
    return { options: m.renderOptions, run: m.renderCommand };
  },
  import: async () => {
    const m = await import('./commands/_import.js');
    return { options: m.importOptions, run: m.importCommand };
  },
  diff: async () => {
    const m = await import('./commands/_diff.js');
    return { options: m.diffOptions, run: m.diffCommand };
  },
  migrate: async () => {
    const m = await import('./commands/_migrate.js');
    return { options: m.migrateOptions, run: m.migrateCommand };
  },
  schema: async () => {
    const m = await import('./commands/_schema.js');
    return { options: m.schemaOptions, run: m.schemaCommand };
  },
  keygen: async () => {
    const m = await import('./commands/_keygen.js');
    return { options: m.keygenOptions, run: m.keygenCommand };
  },
  sign: async () => {
    const m = await import('./commands/_sign.js');
    return { options: m.signOptions, run: m.signCommand };
  },
  verify: async () => {
    const m = await import('./commands/_verify.js');
    return { options: m.verifyOptions, run: m.verifyCommand };
  },
  export: async () => {
    const m = await import('./commands/_export.js');
    return { options: m.exportOptions, run: m.exportCommand };
  },
  criteria: async () => {
    const m = await import('./commands/_criteria.js');
    return { options: m.criteriaOptions, run: m.criteriaCommand };
  },
};

/** --max-bytes N: a whole number of bytes, or with a unit (20MiB, 512KiB). */
function maxBytesOption(ctx: Context, value: string): number {
  const m = /^(\d+)\s*(B|KiB|MiB|GiB)?$/i.exec(value.trim());
  const unit = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }[(m?.[2] ?? 'b').toLowerCase() as 'b'];
  const n = m ? Number(m[1]) * unit : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw usageError(messages(ctx.lang).badMaxBytes(value));
  return n;
}

function context(io: CliIo, lang: Lang, maxBytes: number = INPUT_BUDGET.bytes): Context {
  return { io, lang, maxBytes, out: paint(colorEnabled(io.stdoutIsTTY, io.env)), err: paint(colorEnabled(io.stderrIsTTY, io.env)) };
}

/**
 * Runs `sisc` with the arguments after the program name and returns the exit code. Never throws
 * and never exits the process: the caller (bin.ts) sets the exit code.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const langArg = scanLang(argv);
  let ctx = context(io, isLang(langArg) ? langArg : langFromEnv(io.env));
  let command: string | undefined;
  try {
    if (langArg !== undefined) checkLang(ctx, langArg);
    // Options before the command: --help, --version, --lang.
    let i = 0;
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--lang') i++;
      else if (a.startsWith('--lang=')) continue;
      else if (a === '--help' || a === '-h') {
        io.stdout(mainHelp(ctx.lang, SISC_VERSION));
        return EXIT_OK;
      } else if (a === '--version' || a === '-V') {
        io.stdout(`${SISC_VERSION}\n`);
        return EXIT_OK;
      } else if (a.startsWith('-') && a !== '-') throw new CliError(messages(ctx.lang).unknownOption(a), { usage: true });
      else break;
    }
    const name = argv[i];
    const rest = argv.slice(i + 1);
    if (name === undefined) {
      io.stderr(mainHelp(ctx.lang, SISC_VERSION));
      return EXIT_USAGE;
    }
    if (name === 'help') {
      const topic = rest.find((a) => !a.startsWith('-'));
      if (topic !== undefined && COMMAND_TABLE[topic]) io.stdout(commandHelp(topic, ctx.lang));
      else if (topic !== undefined) throw new CliError(messages(ctx.lang).unknownCommand(topic, COMMANDS), { usage: true });
      else io.stdout(mainHelp(ctx.lang, SISC_VERSION));
      return EXIT_OK;
    }
    const load = COMMAND_TABLE[name];
    if (!load) throw new CliError(messages(ctx.lang).unknownCommand(name, COMMANDS), { usage: true });
    command = name;
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(commandHelp(name, ctx.lang));
      return EXIT_OK;
    }
    const cmd = await load();
    const parsed = parse(ctx, rest, cmd.options);
    const lang = parsed.values.lang;
    if (typeof lang === 'string' && isLang(lang)) ctx = context(io, lang);
    if (typeof parsed.values['max-bytes'] === 'string') ctx = context(io, ctx.lang, maxBytesOption(ctx, parsed.values['max-bytes']));
    return await cmd.run(ctx, parsed);
  } catch (err) {
    return report(ctx, err, command);
  }
}

/** A message that may quote a document, each line made safe for the terminal. */
const safe = (text: string) => text.split('\n').map(visible).join('\n');

function report(ctx: Context, err: unknown, command: string | undefined): number {
  const t = messages(ctx.lang);
  const p = ctx.err;
  const prefix = `sisc: ${p.red(t.error)}: `;
  if (err instanceof IssuesError) {
    ctx.io.stderr(`${prefix}${safe(err.message)}\n${formatIssues(ctx, p, err.issues)}${err.hint ? `${err.hint}\n` : ''}`);
    return err.exitCode;
  }
  if (err instanceof CliError) {
    ctx.io.stderr(`${prefix}${safe(err.message)}\n${err.usage ? `${t.seeHelp(command ? `${command} ` : '')}\n` : ''}`);
    return err.exitCode;
  }
  if (err instanceof ValidationError) {
    // A library refused a document (a release, a result): list what is wrong with it.
    const head = err.message.split('\n')[0]!;
    ctx.io.stderr(`${prefix}${safe(head)}\n${formatIssues(ctx, p, err.issues)}`);
    return EXIT_USAGE;
  }
  if (isSiscError(err)) {
    ctx.io.stderr(`${prefix}${safe(err.message)}\n`);
    return EXIT_USAGE;
  }
  const detail = err instanceof Error ? err.message : String(err);
  ctx.io.stderr(`sisc: ${safe(t.unexpected(detail))}\n`);
  const debug = ctx.io.env.SISC_DEBUG;
  if (debug !== undefined && debug !== '' && debug !== '0' && err instanceof Error && err.stack) ctx.io.stderr(`${err.stack}\n`);
  return EXIT_USAGE;
}
