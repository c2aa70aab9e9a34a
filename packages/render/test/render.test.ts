/**
 * What each document says, for real inputs: options and input checks, determinism, languages and
 * the English fallback, draft marking, the checklist's scope and CSV, the report's gaps, blockers,
 * N/A claims and stale evidence, the declaration, the changelog, and the structure of the HTML.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCriteria } from '@sisc/diff';
import { parseAssessment, SiscError, ValidationError, type CriteriaRelease } from '@sisc/model';
import { renderChecklist, renderDeclaration, renderDiff, renderReport, renderStandard } from '@sisc/render';
import { conformantAssessment, draft, draftWithRecurrence, evaluated, find, gappyAssessment, nextDraft, nextDraftDiff, shipped, VERSIONS } from './_fixtures.js';

const LANGS = ['ja', 'en'] as const;

function thrown(fn: () => unknown): SiscError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SiscError) return e;
    throw e;
  }
  throw new Error('expected a SiscError, nothing was thrown');
}

/** The draft's content as an effective (or other status) release. */
function released(status: 'effective' | 'superseded' | 'withdrawn'): CriteriaRelease {
  const r = draft();
  r.version = '1.0.0';
  r.status = status;
  r.dates = { effectiveFrom: '2026-04-01', ...(status === 'superseded' ? { acceptUntil: '2027-03-31' } : {}) };
  return r;
}

const activeIds = (r: CriteriaRelease, maxLevel = 9) =>
  r.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.filter((q) => q.status === 'active' && q.level <= maxLevel).map((q) => q.id)));

describe('options and inputs', () => {
  const r = draft();
  it.each([
    ['no options', undefined, /options must be an object such as \{ lang: "ja", format: "markdown" \}, but found nothing/],
    ['an unknown language', { lang: 'fr', format: 'html' }, /options\.lang must be one of "ja", "en", but found "fr"/],
    ['no language', { format: 'html' }, /options\.lang must be one of "ja", "en", but found nothing/],
    ['CSV for the standard', { lang: 'ja', format: 'csv' }, /renderStandard: options\.format must be one of "markdown", "html", but found "csv"/],
    ['an unknown format', { lang: 'ja', format: 'pdf' }, /options\.format must be one of "markdown", "html", but found "pdf"/],
  ])('renderStandard refuses %s', (_name, options, message) => {
    const e = thrown(() => renderStandard(r, options as never));
    expect(e.code).toBe('invalid-option');
    expect(e.message).toMatch(message);
  });

  it.each([3, 0, '1'])('renderChecklist refuses level %j, naming the levels', (level) => {
    const e = thrown(() => renderChecklist(r, { lang: 'ja', format: 'csv', level: level as number }));
    expect(e.code).toBe('invalid-option');
    expect(e.message).toMatch(/options\.level must be one of the release's levels 1, 2, but found/);
  });

  it('a release that is not valid throws a ValidationError listing its problems', () => {
    const bad = draft();
    bad.categories[1]!.items[0]!.requirements[0]!.id = 'GOV-01.01';
    const e = thrown(() => renderStandard(bad, { lang: 'ja', format: 'markdown' }));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.code).toBe('invalid-criteria');
    expect((e as ValidationError).issues.map((i) => i.code)).toContain('duplicate-id');
    expect(thrown(() => renderStandard({} as never, { lang: 'ja', format: 'markdown' })).code).toBe('invalid-criteria');
  });

  it('a result must belong to the release passed in: version and content', () => {
    const a = conformantAssessment(r);
    const result = evaluated(r, a);
    const other = nextDraft();
    expect(thrown(() => renderReport(result, other, { lang: 'ja', format: 'markdown' })).message).toMatch(/computed against si-security-certification 1\.0\.0-draft\.1 but the release passed in is si-security-certification 1\.0\.0-draft\.2/);
    const edited = draft();
    find(edited, 'GOV-01.01').text = { ja: '変更' };
    const e = thrown(() => renderReport(result, edited, { lang: 'ja', format: 'markdown' }));
    expect(e.code).toBe('criteria-mismatch');
    expect(e.message).toMatch(/its content changed since/);
    expect(thrown(() => renderReport({ ...result, achievedLevel: -1 }, r, { lang: 'ja', format: 'markdown' })).code).toBe('invalid-result');
  });

  it('an assessment must be the one the result was computed from', () => {
    const a = parseAssessment(conformantAssessment(r));
    const result = evaluated(r, a);
    const e = thrown(() => renderReport(result, r, { lang: 'en', format: 'markdown', assessment: { ...a, targetLevel: 2 } }));
    expect(e.code).toBe('invalid-option');
    expect(e.message).toMatch(/targetLevel differs/);
    expect(thrown(() => renderDeclaration({ ...a, organization: { name: '別会社' } }, result, r, { lang: 'ja', format: 'html' })).message).toMatch(/organization\.name/);
  });

  it('a diff must be of the releases passed in', () => {
    const d = nextDraftDiff();
    expect(thrown(() => renderDiff(d, nextDraft(), undefined, { lang: 'ja', format: 'markdown' })).message).toMatch(/the diff's "from" release is si-security-certification 1\.0\.0-draft\.1 but the release passed in is si-security-certification 1\.0\.0-draft\.2/);
    expect(thrown(() => renderDiff({ ...d, changes: 'x' } as never, undefined, undefined, { lang: 'ja', format: 'markdown' })).code).toBe('invalid-diff');
  });

  it('a declaration needs a self-declared level at or below the target', () => {
    const audited = draft();
    audited.levels[0]!.assurance = 'audited';
    const a = conformantAssessment(audited);
    const e = thrown(() => renderDeclaration(parseAssessment(a), evaluated(audited, a), audited, { lang: 'ja', format: 'markdown' }));
    expect(e.code).toBe('invalid-option');
    expect(e.message).toMatch(/has no self-declared level at or below the target level 1/);
  });
});

describe('determinism', () => {
  it('the same release, a deep copy, or the same content with keys in another order give the same bytes', () => {
    const r = shipped(VERSIONS[0]!);
    const reordered = JSON.parse(JSON.stringify(r, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))) as CriteriaRelease;
    for (const lang of LANGS)
      for (const format of ['markdown', 'html'] as const) {
        const once = renderStandard(r, { lang, format });
        expect(renderStandard(r, { lang, format })).toBe(once);
        expect(renderStandard(structuredClone(r) as CriteriaRelease, { lang, format })).toBe(once);
        expect(renderStandard(reordered, { lang, format })).toBe(once);
      }
  });

  it('no document reads the clock: the date shown is the result\'s asOf', () => {
    const r = draft();
    const a = parseAssessment(conformantAssessment(r));
    const report = renderReport(evaluated(r, a, '2031-12-24'), r, { lang: 'ja', format: 'markdown', assessment: a });
    expect(report).toContain('2031-12-24');
    const year = String(new Date().getFullYear());
    expect(report.match(/\d{4}-\d{2}-\d{2}/g)!.every((d) => ['2031-12-24', '2026-03-15', '2026-03-01'].includes(d) || !d.startsWith(year))).toBe(true);
  });
});

describe('languages', () => {
  it('English falls back to the Japanese text, marked [ja], where a translation is missing', () => {
    const r = draft();
    delete find(r, 'GOV-01.01').text.en;
    delete r.categories[0]!.name.en;
    const en = renderStandard(r, { lang: 'en', format: 'markdown' });
    expect(en).toContain(`\\[ja\\] ${find(r, 'GOV-01.01').text.ja}`);
    expect(en).toContain(`GOV \\[ja\\] ${r.categories[0]!.name.ja}`);
    expect(renderStandard(r, { lang: 'ja', format: 'markdown' })).not.toContain('[ja]');
    const csv = renderChecklist(r, { lang: 'en', format: 'csv' });
    expect(csv).toContain(`"[ja] ${find(r, 'GOV-01.01').text.ja}"`);
  });

  it('English is marked [translation outdated] where the Japanese changed after it was translated', () => {
    const r = draft();
    const q = find(r, 'GOV-02.01');
    expect(q.text.enSource).toBeDefined();
    q.text.ja = 'セキュリティ基礎教育を年1回以上実施する';
    expect(renderStandard(r, { lang: 'en', format: 'markdown' })).toContain(`${q.text.en} \\[translation outdated\\]`);
  });

  it.each(LANGS)('every document sets lang="%s" on its page', (lang) => {
    const r = draft();
    const a = parseAssessment(conformantAssessment(r));
    const result = evaluated(r, a);
    for (const html of [
      renderStandard(r, { lang, format: 'html' }),
      renderChecklist(r, { lang, format: 'html' }),
      renderReport(result, r, { lang, format: 'html' }),
      renderDeclaration(a, result, r, { lang, format: 'html' }),
      renderDiff(nextDraftDiff(), undefined, undefined, { lang, format: 'html' }),
    ]) {
      expect(html.startsWith(`<!DOCTYPE html>\n<html lang="${lang}">\n`)).toBe(true);
    }
  });
});

describe('draft marking', () => {
  it.each(LANGS)('a draft is marked at the top and in every category section of the standard and checklist (%s)', (lang) => {
    const r = draft();
    const banner = lang === 'ja' ? '> **草案** この文書は草案（1.0.0-draft.1）です。' : '> **Draft** This document is a draft \\(1.0.0-draft.1\\).';
    const section = lang === 'ja' ? '> 草案：この節は草案の一部です。' : '> Draft: This section is part of a draft.';
    for (const doc of [renderStandard(r, { lang, format: 'markdown' }), renderChecklist(r, { lang, format: 'markdown' })]) {
      expect(doc.split('\n')[2]).toBe(doc.split('\n').find((l) => l.startsWith(banner)));
      expect(doc.split(section).length - 1).toBe(r.categories.length);
    }
    const html = renderStandard(r, { lang, format: 'html' });
    expect(html).toMatch(/@top-center \{ content: "(草案 DRAFT|DRAFT 草案)/);
    expect(html).toMatch(/<title>\[(草案|Draft)\] /);
  });

  it('an effective release carries no draft mark; superseded and withdrawn releases say what they are', () => {
    const effective = renderStandard(released('effective'), { lang: 'ja', format: 'html' });
    expect(effective).not.toContain('草案 DRAFT');
    expect(effective).not.toContain('この節は草案');
    expect(effective).not.toContain('<blockquote>');
    expect(renderStandard(released('superseded'), { lang: 'en', format: 'markdown' })).toContain('**superseded** This release \\(1.0.0\\) is superseded.');
    expect(renderStandard(released('withdrawn'), { lang: 'ja', format: 'markdown' })).toContain('**廃止** この版（1.0.0）は廃止されています。');
  });
});

describe('renderStandard', () => {
  it('lists every requirement (retired ones too) under its category and item, with its anchor, level and N/A policy', () => {
    const r = nextDraft();
    const doc = renderStandard(r, { lang: 'en', format: 'markdown' });
    for (const c of r.categories) {
      expect(doc).toContain(`### <a id="${c.id}"></a>${c.id} `);
      for (const it of c.items) {
        expect(doc).toContain(`#### <a id="${it.id}"></a>${it.id} `);
        for (const q of it.requirements) expect(doc).toContain(`##### <a id="${q.id}"></a>${q.id} `);
      }
    }
    expect(doc).toContain('##### <a id="OPS-01.03"></a>OPS-01.03 Detailed requirement (Retired)'); // the parentheses are ours, the words escaped
    expect(doc).toContain('- Retired \\(1.0.0-draft.2\\): Merged into OPS-01.02 Replaced by: [OPS-01.02](#OPS-01.02)');
    expect(doc).toContain('- Not applicable: allowed, with a justification'); // GOV-03.03
    expect(doc).toContain('- Expected evidence: Letter of appointment'); // GOV-01.04
    expect(doc).toContain('- Recurrence: 1 year \\(P1Y\\)'); // GOV-02.01
    expect(doc).toContain('## <a id="changes"></a>Change log \\(changes since 1.0.0-draft.1\\)');
    expect(doc).toContain('| [OPS-01.03](#OPS-01.03) | merged | Merged into OPS-01.02 | [OPS-01.02](#OPS-01.02) |');
  });

  it('its requirement anchors and internal links hold for any valid release (property)', () => {
    const base = draft();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.boolean(), fc.constantFrom(1, 2)), { maxLength: 15 }), (edits) => {
        const r = structuredClone(base) as CriteriaRelease;
        const all = r.categories.flatMap((c) => c.items.flatMap((i) => i.requirements));
        for (const [k, retire, level] of edits) {
          const q = all[k % all.length]!;
          q.level = level;
          if (retire && q.status === 'active') {
            q.status = 'retired';
            q.retired = { since: r.version, reason: { ja: '廃止' }, replacedBy: [] };
          }
        }
        const html = renderStandard(r, { lang: 'ja', format: 'html' });
        const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
        expect(new Set(ids).size).toBe(ids.length);
        for (const q of all) expect(ids).toContain(q.id);
        for (const m of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(m[1]);
        const headings = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
        headings.forEach((h, i) => expect(h).toBeLessThanOrEqual((headings[i - 1] ?? 0) + 1));
      }),
      { numRuns: 25 },
    );
  });
});

describe('renderChecklist', () => {
  const r = nextDraft();

  it.each([
    [1, activeIds(r, 1)],
    [2, activeIds(r, 2)],
  ])('at level %i lists exactly the active requirements that apply, in release order', (level, ids) => {
    const csv = renderChecklist(r, { lang: 'ja', format: 'csv', level });
    const rows = csv.slice(1).split('\r\n').slice(1, -1);
    expect(rows.map((row) => row.split(',')[0]!.replace(/"/g, ''))).toEqual(ids);
    const md = renderChecklist(r, { lang: 'ja', format: 'markdown', level });
    expect([...md.matchAll(/^\| <a id="([^"]+)"><\/a>/gm)].map((m) => m[1])).toEqual(ids);
  });

  it('is CSV that opens in Excel: BOM, CRLF, every field quoted, a header and one row per requirement', () => {
    const csv = renderChecklist(r, { lang: 'en', format: 'csv' });
    expect(csv.startsWith('\uFEFF"ID","Category","Item","Requirement","Kind","Applies at level","Not applicable","Answer (met / not met / N/A)","Justification (for N/A)","Evidence (title, date)","Criteria version"\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const row of csv.slice(1).split('\r\n').slice(0, -1)) expect(row).toMatch(/^"([^"]|"")*"(,"([^"]|"")*")*$/);
    expect(csv).toContain('"The model transaction and contract of the ""important matters statement"" type"');
    expect(csv).toContain('"GOV-01.04","GOV Corporate organisation","GOV-01 Establishing a management structure","Appoint a security officer and make the appointment known inside and outside the company.","Detailed requirement","1","not allowed","","","","1.0.0-draft.2 (draft)"\r\n');
  });

  it('gives a box per answer, and the N/A box only where N/A is allowed', () => {
    const md = renderChecklist(r, { lang: 'ja', format: 'markdown', level: 2 });
    expect(md).toMatch(/\| <a id="GOV-01\.01"><\/a>GOV-01\.01 \|.*\| ☐\u00a0適合 ☐\u00a0非適合 （該当なし不可） \|/);
    expect(md).toMatch(/\| <a id="GOV-03\.03"><\/a>GOV-03\.03 \|.*\| ☐\u00a0適合 ☐\u00a0非適合 ☐\u00a0該当なし （理由を記入） \|/);
  });
});

describe('renderReport', () => {
  const r = draftWithRecurrence();
  const a = parseAssessment(gappyAssessment(r));
  const result = evaluated(r, a);
  const en = renderReport(result, r, { lang: 'en', format: 'markdown', assessment: a });

  it('shows achieved against target, and what blocks every level not achieved, linking each requirement', () => {
    expect(en).toContain('- Target level: Level 2 certification audit');
    expect(en).toContain('- Achieved level: none \\(no level achieved\\)');
    expect(en).toContain('- Outcome: **not conformant \\(target level not achieved\\)**');
    for (const level of result.levels) {
      const unsatisfied = level.blockers.filter((b) => b.code === 'requirement-not-satisfied').map((b) => `[${b.requirementId}](#${b.requirementId})`);
      expect(en).toContain(`- Requirements not satisfied (${unsatisfied.length}): ${unsatisfied.join(', ')}`);
    }
    expect(en).toContain('- Level 2 needs level 1 achieved first\\.');
  });

  it('has a gap row per category with its counts, and a total', () => {
    for (const c of result.categories) {
      const name = r.categories.find((x) => x.id === c.id)!.name.en!;
      expect(en).toMatch(new RegExp(`\\| ${c.id} ${name} \\| ${c.applicable} \\| ${c.satisfied} \\| [0-9.]+% \\| ${c.applicable - c.satisfied} \\|`));
    }
    expect(en).toContain(`| **Total** | ${result.total!.applicable} | ${result.total!.satisfied} | 86.05% | ${result.total!.applicable - result.total!.satisfied} |`);
  });

  it('lists the N/A claims with their justifications, accepted or not', () => {
    expect(en).toContain('- [BLD-04.02](#BLD-04.02): accepted\n  - Justification: 外部委託は行っていない。');
    expect(en).toContain('- [GOV-01.02](#GOV-01.02): not accepted (not applicable is not allowed)\n  - Justification: 対象外と判断');
    expect(en).toContain('- [OPS-03.03](#OPS-03.03): not accepted (no justification for not applicable)\n  - Justification: \\(none given\\)');
  });

  it('lists stale evidence with its date and the date it was valid until, and the evidence as text', () => {
    expect(en).toContain('- [GOV-02.01](#GOV-02.01): evidence stale (Newest evidence: 2024-10-01, Valid until: 2025-10-01)');
    expect(en).toContain('  - Evidence: 2024年度 セキュリティ基礎教育 実施記録 (2024-10-01) `https://intra.example.jp/edu/2024`');
    expect(en).toContain('- [GOV-04.01](#GOV-04.01): no dated evidence\n');
  });

  it('shows each evidence item with its date, its URI as text (never a link) and its short SHA-256, and the answer notes', () => {
    const line = '  - Evidence: 2024年度 セキュリティ基礎教育 実施記録 (2024-10-01) `https://intra.example.jp/edu/2024` SHA-256 `9f86d081884c…`';
    const stale = en.slice(en.indexOf('## <a id="stale">'), en.indexOf('## <a id="issues">'));
    expect(stale).toContain(`${line}\n  - Note: 2025年度分は実施済み、記録を作成中\n`);
    const na = en.slice(en.indexOf('## <a id="not-applicable">'), en.indexOf('## <a id="stale">'));
    expect(na).toContain('- [BLD-04.02](#BLD-04.02): accepted\n  - Justification: 外部委託は行っていない。\n  - Note: 2027年度から委託を検討\n');
    const html = renderReport(result, r, { lang: 'en', format: 'html', assessment: a });
    expect(html).toContain('<code>https://intra.example.jp/edu/2024</code> <span class="nobr">SHA-256</span> <code>9f86d081884c…</code>');
    expect(html).not.toContain('href="https://intra');
    expect(html).not.toContain('9f86d081884c7d'); // the full digest stays in the assessment
  });

  it('states its basis: criteria version and digest, engine, scoring rules, date, provisional', () => {
    const b = result.basis;
    expect(en).toContain(`- Digest \\(SHA-256\\): \`${b.criteria.digest}\``);
    expect(en).toContain(`- Engine: ${b.engine.name} ${b.engine.version}`);
    expect(en).toContain(`- Scoring rules: ${b.scoringRules}`);
    expect(en).toContain(`- Evaluated as of: ${b.asOf}`);
    expect(en).toContain('> **Provisional** This result is provisional');
  });

  it('says so when it has no assessment to take justifications from', () => {
    expect(renderReport(result, r, { lang: 'ja', format: 'markdown' })).toContain('評価票が渡されていないため、理由と証跡は表示できません。');
  });

  it('gives Japanese words for the engine\'s blockers and messages', () => {
    const ja = renderReport(result, r, { lang: 'ja', format: 'markdown', assessment: a });
    expect(ja).toContain('- レベル2の前に、レベル1を達成する必要があります。');
    expect(ja).toContain('要求事項「OPS-03\\.03」を「該当なし」とするには理由の記載が必要です');
  });
});

describe('renderDeclaration', () => {
  it('declares who, for which level, against which release, on what date', () => {
    const r = draft();
    const a = parseAssessment(conformantAssessment(r));
    const ja = renderDeclaration(a, evaluated(r, a), r, { lang: 'ja', format: 'markdown' });
    expect(ja).toContain('株式会社サンプルシステムズは、SIセキュリティ認定制度 要求事項（案）（1.0.0-draft.1）の「レベル1 自己適合宣言」の要求事項に適合していることを、ここに宣言します。');
    expect(ja).toContain('| 宣言日 | 2026\\-03\\-15 |'.replace(/\\-/g, '-'));
    expect(ja).toContain('| 代表者 | 山田 太郎 |\n| 代表者の役職 | 代表取締役社長 |');
    expect(ja).toContain('| 法人番号 | 9234567890123 |');
    expect(ja).toContain('| 基準 | SIセキュリティ認定制度 要求事項（案） |\n'); // the scheme's name is not repeated
    expect(ja).toContain('| 日付 | 役職・氏名 | 署名 | 印 |\n| --- | --- | --- | --- |\n| 2026-03-15 | 代表取締役社長 山田 太郎 |   |   |\n');
    expect(ja).not.toContain('有効期限'); // the draft sets no validity
  });

  it('is a form with no empty rows: no 法人番号 when there is none; the validity when the release sets one', () => {
    const r = draft();
    const input = conformantAssessment(r);
    delete (input.organization as { corporateNumber?: string }).corporateNumber;
    const a = parseAssessment(input);
    const ja = renderDeclaration(a, evaluated(r, a), r, { lang: 'ja', format: 'markdown' });
    expect(ja).not.toContain('法人番号');
    const details = ja.slice(ja.indexOf('## <a id="declaration">'), ja.indexOf('## <a id="signature">'));
    for (const line of details.split('\n').filter((l) => l.startsWith('| '))) expect(line).not.toMatch(/\|\s*\|/);
    expect(ja).toContain('| 代表取締役社長 山田 太郎 |   |   |\n'); // signature and seal left for the pen

    const valid = draft();
    valid.levels[0]!.declarationValidity = 'P1Y';
    const b = parseAssessment(conformantAssessment(valid));
    const result = evaluated(valid, b);
    const until = result.levels[0]!.validUntil!;
    expect(until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(renderDeclaration(b, result, valid, { lang: 'en', format: 'markdown' })).toContain(`| Valid until | ${until} |`);
  });

  it('offers no signature box when the declaration is not issued', () => {
    const r = draftWithRecurrence();
    const a = parseAssessment(gappyAssessment(r));
    const ja = renderDeclaration(a, evaluated(r, a), r, { lang: 'ja', format: 'markdown' });
    expect(ja).not.toContain('署名・押印');

    for (const id of activeIds(r, 1)) expect(ja).toContain(`| <a id="${id}"></a>${id} |`);
    expect(ja).not.toContain('GOV-01.02'); // a level 2 requirement is not part of a level 1 declaration
  });

  it('is not issued when the level is not achieved, and says what is missing', () => {
    const r = draftWithRecurrence();
    const a = parseAssessment(gappyAssessment(r));
    const en = renderDeclaration(a, evaluated(r, a), r, { lang: 'en', format: 'markdown' });
    expect(en.startsWith('# Self-declaration of conformity \\(not issued\\)\n')).toBe(true);
    expect(en).not.toContain('declares that it conforms');
    expect(en).toContain('This result does not achieve Level 1 self-declaration of conformity');
    expect(en).toContain('- Requirements not satisfied (3): [GOV-02.01](#GOV-02.01), [GOV-04.01](#GOV-04.01), [BLD-02.01](#BLD-02.01)');
  });
});

describe('renderDiff', () => {
  const en = renderDiff(nextDraftDiff(), draft(), nextDraft(), { lang: 'en', format: 'markdown' });

  it('lists new, modified and retired requirements by level, with their text', () => {
    const section = (title: string) => en.slice(en.indexOf(`## <a id="${title}"></a>`), en.indexOf('\n## ', en.indexOf(`## <a id="${title}"></a>`) + 1));
    expect(section('new')).toContain('### <a id="new-level-1"></a>Level 1 self-declaration of conformity\n\n- **GOV-01.04** (added) Appoint a security officer');
    expect(section('modified')).toContain('- **GOV-02.01** (text changed, recurrence changed) \\[ja\\] セキュリティ基礎教育を年1回以上実施する');
    expect(section('modified')).toContain('- **BLD-03.02** (level changed)');
    expect(section('modified')).toMatch(/### <a id="modified-level-2"><\/a>Level 2 certification audit\n\n- \*\*OPS-03\.03\*\* \("not applicable" policy changed\)/);
    expect(section('retired')).toContain('- **OPS-01.03** (retired)');
    expect(section('retired')).toContain('  - Retired \\(1.0.0-draft.2\\): Merged into OPS-01.02 Replaced by: OPS-01.02');
  });

  it('says there are no changes when there are none', () => {
    const r = draft();
    const md = renderDiff(diffCriteria(r, r), r, r, { lang: 'ja', format: 'markdown' });
    expect(md.split('変更はありません。').length - 1).toBe(4);
    expect(md).toContain('指摘事項はありません。');
  });
});

/** A strict structural check: doctype, balanced tags, quoted attributes, unique ids. */
function structuralProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith('<!DOCTYPE html>\n<html lang="')) problems.push('no doctype / html lang');
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);
  const RAW = /<(style|title)>[\s\S]*?<\/\1>/g;
  const stack: string[] = [];
  const body = html.replace(RAW, (m, tag: string) => `<${tag}></${tag}>`);
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*(\/?)>|<!DOCTYPE html>|<[^>]*>/g)) {
    if (m[0] === '<!DOCTYPE html>') continue;
    if (m[2] === undefined) {
      problems.push(`malformed tag ${m[0].slice(0, 60)}`);
      continue;
    }
    const tag = m[2].toLowerCase();
    if (VOID.has(tag)) continue;
    if (m[1] === '/') {
      const open = stack.pop();
      if (open !== tag) problems.push(`</${tag}> closes <${open}>`);
    } else stack.push(tag);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  if (/<[^>]*[<]/.test(body.replace(/<!DOCTYPE html>/, ''))) problems.push('a "<" inside a tag');
  const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]!);
  if (new Set(ids).size !== ids.length) problems.push('duplicate ids');
  if ((html.match(/<h1[ >]/g) ?? []).length !== 1) problems.push('not exactly one h1');
  return problems;
}

describe('HTML structure', () => {
  const r = draftWithRecurrence();
  const a = parseAssessment(gappyAssessment(r));
  const result = evaluated(r, a);
  it.each(LANGS)('every page is well formed (%s)', (lang) => {
    for (const html of [
      renderStandard(shipped(VERSIONS[0]!), { lang, format: 'html' }),
      renderStandard(nextDraft(), { lang, format: 'html' }),
      renderChecklist(nextDraft(), { lang, format: 'html', level: 2 }),
      renderReport(result, r, { lang, format: 'html', assessment: a }),
      renderDeclaration(a, result, r, { lang, format: 'html' }),
      renderDiff(nextDraftDiff(), draft(), nextDraft(), { lang, format: 'html' }),
    ]) {
      expect(structuralProblems(html)).toEqual([]);
      expect(html).toMatch(/<meta charset="utf-8">/);
      expect(html).toMatch(/@media print \{/);
      expect(html).not.toMatch(/<script|<link|<img/);
    }
  });
});
