/**
 * Reads the statements of the draft's tables straight from the reference text
 * (/work/shared/reference/si-security-certification-draft.ja.txt, or $SISC_DRAFT), so the tests
 * compare the release with the draft itself rather than with a copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DRAFT_PATH =
  process.env.SISC_DRAFT ?? [join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'reference', 'si-security-certification-draft.ja.txt'), '/work/shared/reference/si-security-certification-draft.ja.txt'].find((p) => existsSync(p))!;

/** Removes the spaces PDF line wrapping left in Japanese text: a space next to a non-ASCII character. Spaces between ASCII words stay. */
export function unwrap(text: string): string {
  return text.replace(/(?<=[^\x00-\x7F]) +| +(?=[^\x00-\x7F])/g, '').trim();
}

/** One sentence per element: the text is cut after each 。 (a last sentence without 。 is kept as is). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=。)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface SummaryRow {
  category: string;
  item: string;
  intent: string;
  level1: string;
  level2: string;
}
export interface DetailRow {
  category: string;
  item: string;
  intent: string;
  level1: string;
  detailed: string[];
}

const CATEGORY_MARK = /^[①②③④⑤⑥⑦⑧⑨]\s*/;

/** Rows of the tab-separated tables whose header's last column matches `lastHeader`. */
function tables(text: string, lastHeader: RegExp): string[][][] {
  const lines = text.split('\n');
  const out: string[][][] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.split('\t');
    if (head[0] !== '大項目' || head.length !== 5 || !lastHeader.test(head[4]!)) continue;
    const rows: string[][] = [];
    for (i = i + 1; i < lines.length && lines[i]!.trim() !== ''; i++) {
      const cells = lines[i]!.split('\t');
      if (cells.length !== 5) throw new Error(`draft line ${i + 1}: expected 5 tab-separated cells, found ${cells.length}`);
      rows.push(cells);
    }
    out.push(rows);
  }
  return out;
}

export function readDraft(path = DRAFT_PATH): { summary: SummaryRow[]; details: DetailRow[] } {
  const text = readFileSync(path, 'utf8');
  const summaryTables = tables(text, /^要求事項（レベル2）認定審査$/);
  if (summaryTables.length !== 1) throw new Error(`expected one requirements table (要求事項（案）), found ${summaryTables.length}`);
  let category = '';
  const summary = summaryTables[0]!.map(([c, item, intent, l1, l2]) => {
    if (c!.trim() !== '') category = unwrap(c!.replace(CATEGORY_MARK, ''));
    return { category, item: unwrap(item!), intent: unwrap(intent!), level1: unwrap(l1!), level2: unwrap(l2!) };
  });
  const details = tables(text, /^詳細要件/).flatMap((rows) =>
    rows.map(([c, item, intent, l1, d]) => ({
      category: unwrap(c!.replace(CATEGORY_MARK, '')),
      item: unwrap(item!),
      intent: unwrap(intent!),
      level1: unwrap(l1!),
      detailed: sentences(unwrap(d!)),
    })),
  );
  return { summary, details };
}
