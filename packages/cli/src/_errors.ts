import { EXIT_USAGE } from './_context.js';
import type { LocatedIssue } from './_documents.js';

/**
 * An expected failure of a command: a usage error, an unreadable file, a refused overwrite. The
 * message is already in the user's language; `run` prints it on one line, without a stack trace.
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  readonly exitCode: number;
  /** Also print "see sisc <command> --help". */
  readonly usage: boolean;
  constructor(message: string, options: { exitCode?: number; usage?: boolean } = {}) {
    super(message);
    this.exitCode = options.exitCode ?? EXIT_USAGE;
    this.usage = options.usage ?? false;
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, { usage: true });
}

/**
 * The input is readable but unusable (an assessment that is not valid, a broken criteria release):
 * `run` prints the message, then every issue with its place.
 */
export class IssuesError extends CliError {
  override readonly name: string = 'IssuesError';
  readonly issues: readonly LocatedIssue[];
  readonly hint: string | undefined;
  constructor(message: string, issues: readonly LocatedIssue[], options: { exitCode?: number; hint?: string } = {}) {
    super(message, { exitCode: options.exitCode ?? EXIT_USAGE });
    this.issues = issues;
    this.hint = options.hint;
  }
}
