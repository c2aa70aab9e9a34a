/**
 * One vocabulary, one place for every format: for one evaluation, every verdict, release status and
 * blocker reads the same in the terminal, the Markdown and HTML report, the declaration and the
 * checklist, in each language; and `sisc evaluate --format text` prints exactly what renderReport
 * returns for format "text".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { getCriteria } from '@sisc/criteria';
import { diffCriteria } from '@sisc/diff';
import { evaluateOrThrow } from '@sisc/engine';
import { localize, parseAssessment, TERMS, type CriteriaRelease, type EvaluationResult } from '@sisc/model';
import { renderChecklist, renderDeclaration, renderDiff, renderReport } from '@sisc/render';
import { locateIssues, parseText } from '../src/_documents.js';
import { FIXTURES, REPO_ROOT, sisc } from './_harness.js';

const AS_OF = '2026-04-01';
/** As a user gives them: relative to the directory sisc runs in (the repository). */
const CASES = ['packages/cli/test/fixtures/audit-with-gaps.yaml', 'docs/examples/level1-with-gaps.json'];
const LANGS = ['ja', 'en'] as const;

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Markdown escapes punctuation; compare with it removed. */
const unmd = (text: string) => text.replace(/\\(.)/g, '$1');

async function outputs(file: string, lang: (typeof LANGS)[number]) {
  const text = (await sisc(['evaluate', file, '--as-of', AS_OF, '--lang', lang])).stdout;
  const result = JSON.parse((await sisc(['evaluate', file, '--as-of', AS_OF, '--format', 'json'])).stdout) as EvaluationResult;
  const raw = readFileSync(join(REPO_ROOT, file), 'utf8');
  const assessment = parseAssessment(file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw));
  const release = getCriteria(assessment.criteria.version) as CriteriaRelease;
  return {
    text,
    result,
    release,
    assessment,
    raw,
    markdown: renderReport(result, release, { lang, format: 'markdown', assessment }),
    html: renderReport(result, release, { lang, format: 'html', assessment }),
    declaration: renderDeclaration(assessment, result, release, { lang, format: 'markdown' }),
    checklist: renderChecklist(release, { lang, format: 'markdown', level: result.targetLevel }),
  };
}

describe.each(CASES)('one evaluation (%s), every output', (file) => {
  it.each(LANGS)('sisc evaluate --format text prints exactly renderReport(…, { format: "text" }) (%s)', async (lang) => {
    const o = await outputs(file, lang);
    const explicit = await sisc(['evaluate', file, '--as-of', AS_OF, '--lang', lang, '--format', 'text']);
    expect(explicit.stdout).toBe(o.text);
    const name = file;
    const issues = locateIssues(parseText(name, o.raw), o.result.issues);
    const fromLibrary = renderReport(evaluateOrThrow(o.release, o.assessment, { asOf: AS_OF }), o.release, { lang, format: 'text', assessment: o.assessment, issues });
    expect(o.text).toBe(fromLibrary);
  });

  it.each(LANGS)('reads every verdict, release status and blocker in the same words (%s)', async (lang) => {
    const o = await outputs(file, lang);
    const t = TERMS[lang];
    // The release status.
    const status = t.releaseStatus[o.release.status];
    for (const [name, doc] of Object.entries({ text: o.text, markdown: o.markdown, html: o.html, declaration: o.declaration, checklist: o.checklist })) {
      expect(doc, `${name}: status ${status}`).toContain(status);
    }
    // Every verdict in the report; the verdicts of what blocks a level in the terminal.
    for (const r of o.result.requirements) {
      const row = unmd(o.markdown).split('\n').find((l) => l.startsWith(`| <a id="${r.id}"></a>${r.id} |`));
      expect(row, r.id).toMatch(new RegExp(`\\| (\\*\\*)?${t.verdict[r.verdict]}(\\*\\*)? \\|`));
      expect(o.html).toContain(html(t.verdict[r.verdict]));
    }
    const open = o.result.levels.filter((l) => !l.achieved);
    expect(open.length).toBeGreaterThan(0);
    const shown = o.result.levels.find((l) => !l.achieved && l.level > o.result.achievedLevel)!;
    for (const b of shown.blockers.filter((x) => x.code === 'requirement-not-satisfied')) {
      const r = o.result.requirements.find((x) => x.id === b.requirementId)!;
      if (r.verdict !== 'not-applicable') expect(o.text, b.requirementId).toContain(`[${t.verdict[r.verdict]}]`);
    }
    // Every attestation blocker, as the same sentence, in the terminal, the report and its HTML.
    let sentences = 0;
    for (const level of open) {
      for (const b of level.blockers) {
        if (b.code === 'requirement-not-satisfied' || b.code === 'evidence-missing') continue;
        const words = localize(b, lang);
        sentences++;
        expect(unmd(o.markdown), words).toContain(words);
        expect(o.html, words).toContain(html(words));
        if (level === shown) expect(o.text, words).toContain(words);
      }
    }
    expect(sentences).toBeGreaterThan(0);
    // The declaration of a level not achieved lists what is not met, in the report's words.
    // (The level a declaration declares is the highest self-declared one up to the target.)
    const declared = o.release.levels.filter((l) => l.assurance === 'self-declared' && l.level <= o.result.targetLevel).at(-1)!;
    const target = o.result.levels.find((l) => l.level === declared.level)!;
    if (!target.achieved) {
      for (const b of target.blockers.filter((x) => x.code !== 'requirement-not-satisfied' && x.code !== 'evidence-missing')) expect(unmd(o.declaration)).toContain(localize(b, lang));
    }
    // The outcome, in the same words in the terminal and the report.
    const outcome = t.outcome[o.result.conformant ? 'conformant' : 'not-conformant'];
    expect(o.text).toContain(outcome);
    expect(o.markdown).toContain(outcome);
    if (lang === 'ja') {
      for (const [name, doc] of Object.entries({ text: o.text, markdown: o.markdown, declaration: o.declaration, checklist: o.checklist })) {
        expect(doc, name).not.toMatch(/未達|ドラフト|不適合/);
      }
      for (const v of ['met', 'not-met'] as const) expect(o.checklist).toContain(`☐\u00a0${t.verdict[v]}`);
    }
  });
});

describe('the diff, in the terminal and the changelog', () => {
  const from = getCriteria('1.0.0-draft.1') as CriteriaRelease;
  const to = structuredClone(from) as CriteriaRelease & { version: string };
  to.version = '1.0.0-draft.2';
  const retired = to.categories[0]!.items[0]!.requirements[1]!;
  (retired as { status: string }).status = 'retired';
  (retired as { retired?: unknown }).retired = { since: '1.0.0-draft.2', reason: { ja: '他の要求事項に統合した。', en: 'Merged into another requirement.' }, replacedBy: [] };
  const level = to.categories[1]!.items[0]!.requirements[1]!;
  level.level = level.level === 1 ? 2 : 1;
  const diff = diffCriteria(from, to);

  it('uses the same words for every change kind, target and bump', () => {
    for (const lang of LANGS) {
      const text = renderDiff(diff, from, to, { lang, format: 'text' });
      const md = unmd(renderDiff(diff, from, to, { lang, format: 'markdown' }));
      for (const c of diff.changes) {
        expect(text).toContain(TERMS[lang].changeKind[c.kind]);
        expect(md).toContain(TERMS[lang].changeKind[c.kind]);
        expect(text).toContain(`${TERMS[lang].changeTarget[c.target]} ${c.id}`);
      }
      expect(text).toContain(TERMS[lang].bump[diff.semver.required]);
      expect(md).toContain(TERMS[lang].bump[diff.semver.required]);
    }
    expect(diff.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['retired', 'level-changed']));
  });

  it('prints no English word in Japanese: no major, prerelease, patch, [modified], active → retired', async () => {
    const text = renderDiff(diff, from, to, { lang: 'ja', format: 'text' });
    expect(text).toContain(TERMS.ja.requirementStatus.retired);
    expect(text).toContain(TERMS.ja.changeKind['level-changed']);
    expect(text).not.toMatch(/\b(major|minor|patch|prerelease|none|active|retired|modified|added)\b/);
    const cli = await sisc(['diff', '1.0.0-draft.1', join(FIXTURES, '1.0.0-draft.2'), '--lang', 'ja']);
    expect(cli.stdout).toContain(`[${TERMS.ja.changeLogKind.modified}]`);
    expect(cli.stdout).not.toMatch(/\b(major|minor|patch|prerelease|modified|added)\b/);
    expect(cli.stdout).toBe(renderDiff(diffCriteria(from, JSON.parse(JSON.stringify(await loaded()))), from, await loaded(), { lang: 'ja', format: 'text' }));
  });

  it('--format md is still accepted, as markdown', async () => {
    const md = await sisc(['diff', '1.0.0-draft.1', join(FIXTURES, '1.0.0-draft.2'), '--format', 'md']);
    const markdown = await sisc(['diff', '1.0.0-draft.1', join(FIXTURES, '1.0.0-draft.2'), '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(markdown.stdout);
    expect(md.stdout).toMatch(/^# /);
  });
});

/** The fixture release the CLI reads, as the CLI loads it. */
async function loaded(): Promise<CriteriaRelease> {
  const { loadRelease } = await import('../src/_releases.js');
  const { paint } = await import('../src/_context.js');
  const ctx = { io: { stdout: () => {}, stderr: () => {}, readStdin: async () => '', env: {}, cwd: REPO_ROOT }, lang: 'ja' as const, maxBytes: 20 * 1024 * 1024, out: paint(false), err: paint(false) };
  return loadRelease(ctx, join(FIXTURES, '1.0.0-draft.2'));
}
