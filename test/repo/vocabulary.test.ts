/**
 * One vocabulary: the scheme's words are written once, in packages/model/src/vocabulary, and every
 * other package looks them up. A label literal elsewhere (a string that is exactly one of the
 * catalogue's words) is how 未達 and 非適合 came to be shown for the same verdict.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKER_CODES, BLOCKER_MESSAGES, ISSUE_CODES, SEVERITY_DEPENDENT_CODES, TERMS, VOCABULARY, issue, localize, type Blocker } from '@sisc/model';
import { GLOSSARY_FILE, glossaryMarkdown } from '../../scripts/docs.js';

const root = join(import.meta.dirname, '..', '..');
const VOCABULARY_DIR = join(root, 'packages', 'model', 'src', 'vocabulary');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === 'generated' || entry === 'node_modules' || entry === 'dist' || entry === 'test' || entry === 'bench' || path === VOCABULARY_DIR) continue;
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (entry.endsWith('.ts') && !entry.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/**
 * The catalogue's words that cannot be mistaken for code: every Japanese term, and every English
 * term of more than one word (a one-word English term such as "met" is also a code).
 */
/** Words of the catalogue that are also everyday words in sentences ("none"). */
const GENERIC = new Set(['なし']);

function catalogueWords(): Map<string, string> {
  const words = new Map<string, string>();
  for (const [group, g] of Object.entries(VOCABULARY)) {
    for (const [code, t] of Object.entries(g.terms as Record<string, { ja: string; en: string }>)) {
      if (GENERIC.has(t.ja)) continue;
      words.set(t.ja, `${group}.${code} (ja)`);
      if (/\s/.test(t.en)) words.set(t.en, `${group}.${code} (en)`);
    }
  }
  return words;
}

describe('the vocabulary', () => {
  it('has no label literal outside packages/model/src/vocabulary: other packages look the words up', () => {
    const words = catalogueWords();
    const found: string[] = [];
    const dirs = ['packages', 'scripts'].map((d) => join(root, d));
    for (const file of dirs.flatMap((d) => sources(d))) {
      // Comments may name a term; code may not.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/.*$/gm, '$1');
      // String literals: '…', "…" and template literals without substitutions.
      for (const m of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`$\\]*)`/g)) {
        const literal = m[1] ?? m[2] ?? m[3] ?? '';
        const term = words.get(literal);
        if (term !== undefined) found.push(`${relative(root, file)}: '${literal}' is ${term}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('finds a label literal when there is one (the scan works)', () => {
    const words = catalogueWords();
    expect(words.get('草案')).toBe('releaseStatus.draft (ja)');
    expect(words.get('certification audit')).toBe('assessmentMode.audit (en)');
    expect(words.has('met')).toBe(false);
  });

  it('uses the committee\'s words', () => {
    expect(TERMS.ja.verdict['not-met']).toBe('非適合');
    expect(TERMS.ja.releaseStatus.draft).toBe('草案');
    expect(TERMS.ja.releaseStatus.effective).toBe('発効');
    expect(TERMS.ja.changeKind['level-changed']).toBe('適用レベルの変更');
    expect(TERMS.ja.changeKind['metadata-changed']).toBe('付随情報の変更');
    for (const lang of ['ja', 'en'] as const) {
      for (const [group, labels] of Object.entries(TERMS[lang])) {
        for (const [code, label] of Object.entries(labels as Record<string, string>)) {
          expect(label.trim(), `${group}.${code} (${lang})`).not.toBe('');
          if (lang === 'ja') expect(label, `${group}.${code}`).not.toMatch(/未達|ドラフト/);
        }
      }
    }
  });

  it('has a sentence in both languages for every blocker code, and localize uses it', () => {
    expect(Object.keys(BLOCKER_MESSAGES).sort()).toEqual([...BLOCKER_CODES].sort());
    const b: Blocker = { code: 'audit-required', message: 'Level 2 is achieved by a certification audit only; this assessment is a self-declaration.', params: { level: 2, mode: 'self-declaration' } };
    expect(localize(b, 'en')).toBe(b.message);
    expect(localize(b, 'ja')).toBe('レベル2は認定審査によってのみ達成できます（この評価票は自己適合宣言です）。');
    // A blocker of an older result, without params: English as it is, Japanese from the term.
    expect(localize({ code: 'audit-required', message: 'old words' }, 'ja')).toBe(`${TERMS.ja.blocker['audit-required']}。`);
  });

  it('gives a code raised as a warning by one rule and an error by another one Japanese message per severity', () => {
    expect([...SEVERITY_DEPENDENT_CODES].sort()).toEqual(['mode-mismatch', 'stale-translation']);
    const warning = localize(issue('mode-mismatch', 'warning', '$.audit', '$.audit: not used.'), 'ja');
    const error = localize(issue('mode-mismatch', 'error', '$.mode', '$.mode: audit only.', { params: { found: 'self-declaration' } }), 'ja');
    expect(warning).toContain('審査の情報は使われません');
    expect(error).toContain('認定審査によってのみ達成できます');
    expect(error).toContain(TERMS.ja.assessmentMode['self-declaration']);
  });

  it('gives every issue code a Japanese message that reads no param the issue lacks', () => {
    // With the params its callers pass (typed by IssueParams), no message shows "undefined".
    for (const code of ISSUE_CODES) {
      for (const severity of ['error', 'warning'] as const) {
        const text = localize({ code, severity, path: '$.x', message: 'x', params: { id: 'GOV-01.01', found: 'a', expected: 'b', field: 'f', limit: 3, status: 'draft', date: '2026-04-01', until: '2026-04-01', asOf: '2026-04-01', from: 'a', to: 'b', required: 'major', actual: 'minor', newest: '2026-01-01', recurrence: 'P1Y', detail: 'd', reason: 'itself' } }, 'ja');
        expect(text, code).not.toMatch(/undefined|NaN/);
        expect(text.startsWith('$.x: '), code).toBe(true);
      }
    }
  });

  it('docs/glossary.md is up to date (run pnpm generate)', () => {
    expect(readFileSync(GLOSSARY_FILE, 'utf8'), 'docs/glossary.md is stale: run pnpm generate').toBe(glossaryMarkdown());
  });

  it('the glossary lists every term with both words, its definition and where it appears', () => {
    const g = glossaryMarkdown();
    for (const group of Object.values(VOCABULARY)) {
      expect(g).toContain(`## ${group.title.ja} / ${group.title.en}`);
      for (const t of Object.values(group.terms as Record<string, { ja: string; en: string }>)) expect(g).toContain(t.ja);
    }
    expect(g).toContain('出てくる所 / Appears in:');
    expect(g).toContain('| `not-met` | 非適合 | not met |');
  });
});
