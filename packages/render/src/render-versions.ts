/** The list of criteria releases (`listCriteria()` of @sisc/criteria) as terminal text. */
import { SiscError, type CriteriaRelease, type LocalizedText, type ReleaseStatus } from '@sisc/model';
import { plain, WORDS } from './_i18n.js';
import { readOptions } from './_options.js';
import { displayWidth, padEnd, readColor, visible } from './_text.js';
import type { TextOptions } from './render-issues.js';

/** One release of the list: what `listCriteria()` of @sisc/criteria gives. */
export interface VersionListing {
  version: string;
  status: ReleaseStatus;
  dates: CriteriaRelease['dates'];
  title: LocalizedText;
}

/**
 * The releases as a table: version, status (in the vocabulary's words), publication, effective
 * and accept-until dates, title. An empty list says so.
 *
 * @throws SiscError `invalid-option` for bad options or a list that is not an array.
 */
export function renderVersions(list: readonly VersionListing[], options: TextOptions): string {
  const { lang } = readOptions(options, ['text'] as const, 'renderVersions');
  if (!Array.isArray(list)) throw new SiscError('invalid-option', 'renderVersions: the list must be an array of releases, as listCriteria() gives.');
  const w = WORDS[lang];
  const p = readColor(options);
  if (list.length === 0) return `${w.noReleases}\n`;
  const rows = list.map((l: VersionListing) => [
    visible(l.version),
    (w.status as Record<string, string>)[l.status] ?? visible(String(l.status)),
    l.dates.published ?? '-',
    l.dates.effectiveFrom ?? '-',
    l.dates.acceptUntil ?? '-',
    visible(plain(l.title, lang)),
  ]);
  const header = [w.version, w.releaseStatus, w.published, w.effectiveFrom, w.acceptUntil, w.title];
  const widths = header.map((h, i) => Math.max(...[h, ...rows.map((r) => r[i]!)].map(displayWidth)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  let out = `${p.bold(line(header))}\n`;
  for (const r of rows) out += `${line(r)}\n`;
  return out;
}
