import type { Bump, Change, ChangeLogEntry } from '@sisc/model';

export type DeclaredKind = ChangeLogEntry['change'];

/**
 * A computed change before it is reconciled with the change log. `change.bump` and
 * `change.substantive` assume no editorial declaration; `ifEditorial` is the bump when the change
 * is declared editorial (it is then not substantive).
 */
export interface DraftChange {
  change: Change;
  /** Change-log kinds that declare this change when their entry names `change.id`, in order of preference. */
  accepts: readonly DeclaredKind[];
  /** Change-log kinds that declare this change when their entry lists `change.id` in `related`. */
  viaRelated: readonly DeclaredKind[];
  /** True when a change log that covers the step must declare it. */
  mustDeclare: boolean;
  ifEditorial?: Bump;
}

const NONE: readonly DeclaredKind[] = [];

export const ACCEPTS = {
  added: { accepts: ['added'], viaRelated: ['split', 'merged'] },
  gone: { accepts: ['retired', 'split', 'merged'], viaRelated: NONE },
  reinstated: { accepts: ['modified', 'added'], viaRelated: NONE },
  substantive: { accepts: ['modified', 'split', 'merged'], viaRelated: ['split', 'merged'] },
  wording: { accepts: ['modified', 'split', 'merged', 'editorial'], viaRelated: ['split', 'merged'] },
  editorial: { accepts: ['editorial', 'modified'], viaRelated: NONE },
  descriptive: { accepts: ['modified', 'editorial'], viaRelated: NONE },
  moved: { accepts: ['moved'], viaRelated: NONE },
  retirement: { accepts: ['retired', 'modified', 'editorial'], viaRelated: NONE },
  none: { accepts: NONE, viaRelated: NONE },
} as const satisfies Record<string, { accepts: readonly DeclaredKind[]; viaRelated: readonly DeclaredKind[] }>;
