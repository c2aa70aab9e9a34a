/** The text format: what a terminal shows, from the same words as the documents. */
import { describe, expect, it } from 'vitest';
import { listCriteria } from '@sisc/criteria';
import { issue, localize, SiscError, TERMS, type Issue } from '@sisc/model';
import { renderDiff, renderIssues, renderReport, renderVersions } from '@sisc/render';
import { draft, draftWithRecurrence, evaluated, gappyAssessment, hostileAssessment, nextDraft, nextDraftDiff } from './_fixtures.js';

const ESC = '\u001b[';

describe('renderReport, format text', () => {
  const r = draftWithRecurrence();
  const a = gappyAssessment(r);
  const result = evaluated(r, a);

  it('shows the outcome, the counts and what blocks each level, in the vocabulary\'s words', () => {
    for (const lang of ['ja', 'en'] as const) {
      const text = renderReport(result, r, { lang, format: 'text', assessment: a });
      expect(text).toContain(TERMS[lang].outcome[result.conformant ? 'conformant' : 'not-conformant']);
      expect(text).toContain(TERMS[lang].assessmentMode[result.mode]);
      for (const b of result.levels.find((l) => !l.achieved)!.blockers) {
        if (b.code !== 'requirement-not-satisfied' && b.code !== 'evidence-missing') expect(text).toContain(localize(b, lang));
      }
      expect(text.endsWith('\n')).toBe(true);
      expect(text).not.toContain(ESC);
    }
  });

  it('colours only when asked', () => {
    const plain = renderReport(result, r, { lang: 'en', format: 'text' });
    const coloured = renderReport(result, r, { lang: 'en', format: 'text', color: true });
    expect(coloured).toContain(`${ESC}1m`);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('shows text from the assessment safely: no control character reaches the terminal', () => {
    const hostile = hostileAssessment(draft());
    const text = renderReport(evaluated(draft(), hostile), draft(), { lang: 'ja', format: 'text' });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('says when the evaluation date was taken from the clock', () => {
    expect(renderReport(result, r, { lang: 'en', format: 'text', asOfIsToday: true })).toContain('(today in UTC; --as-of not given)');
  });

  it('refuses a format it does not have, naming the ones it has', () => {
    expect(() => renderReport(result, r, { lang: 'en', format: 'md' as 'markdown' })).toThrow(/options.format must be one of "markdown", "html", "text", but found "md"/);
  });
});

describe('renderDiff, format text', () => {
  it('names every change in the vocabulary\'s words, and the bump in words', () => {
    const diff = nextDraftDiff();
    const ja = renderDiff(diff, draft(), nextDraft(), { lang: 'ja', format: 'text' });
    for (const c of diff.changes) expect(ja).toContain(`${TERMS.ja.changeTarget[c.target]} ${c.id}: ${TERMS.ja.changeKind[c.kind]}`);
    expect(ja).toContain(TERMS.ja.bump[diff.semver.required]);
    expect(ja).not.toMatch(/\b(major|minor|patch|prerelease)\b/);
  });
});

describe('renderVersions', () => {
  it('lists every release with its status in words', () => {
    const list = listCriteria();
    const ja = renderVersions(list, { lang: 'ja', format: 'text' });
    for (const l of list) expect(ja).toContain(l.version);
    expect(ja).toContain(TERMS.ja.releaseStatus[list[0]!.status]);
    expect(renderVersions([], { lang: 'en', format: 'text' })).toBe('No criteria releases.\n');
    expect(() => renderVersions(list, { lang: 'fr' as 'en', format: 'text' })).toThrow(SiscError);
  });
});

describe('renderIssues', () => {
  const issues: Issue[] = [
    { ...issue('unknown-requirement', 'error', '$.answers["X-01.01"]', '$.answers["X-01.01"]: "X-01.01" is not a requirement of this release.', { params: { id: 'X-01.01' } }), file: 'a.yaml', line: 3, column: 5 } as Issue,
    issue('mode-mismatch', 'warning', '$.audit', '$.audit: the mode is "self-declaration", so the audit details are not used.'),
  ];

  it('lists each issue on one line: file:line:col, severity, path, message without its place', () => {
    const en = renderIssues(issues, { lang: 'en', format: 'text' }).split('\n');
    expect(en[0]).toBe('warning  $.audit  the mode is "self-declaration", so the audit details are not used.');
    expect(en[1]).toBe('a.yaml:3:5  error  $.answers["X-01.01"]  "X-01.01" is not a requirement of this release.');
    const ja = renderIssues(issues, { lang: 'ja', format: 'text' });
    expect(ja).toContain(`${TERMS.ja.severity.warning}  $.audit  評価の種別が自己適合宣言のため、審査の情報は使われません。`);
  });

  it('counts what it does not show', () => {
    const text = renderIssues(issues, { lang: 'en', format: 'text', limit: 1 });
    expect(text.trimEnd().split('\n')).toHaveLength(2);
    expect(text).toContain('… and 1 more issues, not shown');
    expect(() => renderIssues(issues, { lang: 'en', format: 'text', limit: -1 })).toThrow(/options.limit/);
  });
});
