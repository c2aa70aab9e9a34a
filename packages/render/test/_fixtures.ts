/**
 * Inputs for the render tests: the shipped releases, releases derived from the draft, assessments
 * (plain, and full of HTML / Markdown / script payloads), their results from the real engine and a
 * diff from the real differ. Nothing here is shipped.
 */
import { getCriteria, listCriteria } from '@sisc/criteria';
import { diffCriteria } from '@sisc/diff';
import { evaluateOrThrow } from '@sisc/engine';
import { walkTexts, type Assessment, type AssessmentInput, type CriteriaDiff, type CriteriaRelease, type EvaluationResult, type LocalizedText, type Requirement } from '@sisc/model';

export const VERSIONS = listCriteria().map((l) => l.version);
export const DRAFT = '1.0.0-draft.1';
export const AS_OF = '2026-04-01';

export function shipped(version: string): CriteriaRelease {
  return getCriteria(version);
}

/** A mutable copy of the draft. */
export function draft(): CriteriaRelease {
  return structuredClone(getCriteria(DRAFT)) as CriteriaRelease;
}

export function find(r: CriteriaRelease, id: string): Requirement {
  for (const c of r.categories) for (const it of c.items) for (const q of it.requirements) if (q.id === id) return q;
  throw new Error(`fixture: no requirement ${id}`);
}

const t = (ja: string, en?: string): LocalizedText => (en === undefined ? { ja } : { ja, en });

/**
 * The draft with recurring requirements (education and reviews yearly), so evidence can be
 * stale. A fixture, labelled as such in its version.
 */
export function draftWithRecurrence(): CriteriaRelease {
  const r = draft();
  r.version = '1.0.0-draft.1+fixture';
  find(r, 'GOV-02.01').recurrence = 'P1Y';
  find(r, 'GOV-04.01').recurrence = 'P1Y';
  return r;
}

/** The draft's next draft: an added, a reworded, a re-levelled, a retired requirement; a change log. */
export function nextDraft(): CriteriaRelease {
  const r = draft();
  r.version = '1.0.0-draft.2';
  const gov01 = r.categories[0]!.items[0]!;
  gov01.requirements.push({
    id: 'GOV-01.04',
    level: 1,
    kind: 'detailed-requirement',
    text: t('セキュリティ責任者を任命し、社内外に明示する。', 'Appoint a security officer and make the appointment known inside and outside the company.'),
    naPolicy: { allowed: false, justificationRequired: true },
    evidence: [t('任命書', 'Letter of appointment')],
    status: 'active',
    references: [],
    mappings: [],
  });
  const edu = find(r, 'GOV-02.01');
  edu.text = t('セキュリティ基礎教育を年1回以上実施する');
  edu.recurrence = 'P1Y';
  find(r, 'BLD-03.02').level = 1;
  const old = find(r, 'OPS-01.03');
  old.status = 'retired';
  old.retired = { since: '1.0.0-draft.2', reason: t('OPS-01.02 に統合', 'Merged into OPS-01.02'), replacedBy: ['OPS-01.02'] };
  find(r, 'OPS-03.03').naPolicy = { allowed: false, justificationRequired: true };
  r.changeLog = {
    from: DRAFT,
    entries: [
      { id: 'GOV-01.04', change: 'added', reason: t('責任者の明示を追加', 'Naming a security officer added'), related: [] },
      { id: 'GOV-02.01', change: 'modified', reason: t('実施頻度を明確化', 'Frequency made explicit'), related: [] },
      { id: 'OPS-01.03', change: 'merged', reason: t('OPS-01.02 に統合', 'Merged into OPS-01.02'), related: ['OPS-01.02'] },
    ],
  };
  return r;
}

export function nextDraftDiff(): CriteriaDiff {
  return diffCriteria(draft(), nextDraft());
}

function answersFor(r: CriteriaRelease, level: number, evidenceDate = '2026-03-01'): Assessment['answers'] {
  const answers: Assessment['answers'] = {};
  for (const c of r.categories)
    for (const it of c.items)
      for (const q of it.requirements) {
        if (q.status !== 'active' || q.level > level) continue;
        answers[q.id] = { status: 'met', evidence: [{ title: `${q.id} の記録`, date: evidenceDate }] };
      }
  return answers;
}

/** A Level 1 self-declaration of the draft that achieves Level 1, with one N/A claim on a Level 2 requirement. */
export function conformantAssessment(r: CriteriaRelease = draft()): AssessmentInput {
  const answers = answersFor(r, 1);
  answers['GOV-03.03'] = { status: 'not-applicable', justification: '業界コミュニティには参加していない。', evidence: [] };
  return {
    criteria: { scheme: r.scheme.id, version: r.version },
    organization: { name: '株式会社サンプルシステムズ', corporateNumber: '9234567890123' },
    targetLevel: 1,
    mode: 'self-declaration',
    declaration: { signatory: { name: '山田 太郎', role: '代表取締役社長' }, date: '2026-03-15' },
    answers,
  };
}

/**
 * A Level 2 audit of the draft with recurrences that falls short: not met, unanswered, a refused
 * and an accepted N/A, stale evidence, evidence dated in the future, an answer to an unknown ID.
 */
export function gappyAssessment(r: CriteriaRelease = draftWithRecurrence()): AssessmentInput {
  const answers = answersFor(r, 2);
  answers['GOV-02.01'] = { status: 'met', evidence: [{ title: '2024年度 セキュリティ基礎教育 実施記録', uri: 'https://intra.example.jp/edu/2024', date: '2024-10-01', sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }], note: '2025年度分は実施済み、記録を作成中' };
  answers['BLD-02.01'] = { status: 'not-met', evidence: [], note: '設定チェックリストは作成中' };
  delete answers['OPS-02.02'];
  answers['BLD-04.02'] = { status: 'not-applicable', justification: '外部委託は行っていない。', evidence: [], note: '2027年度から委託を検討' };
  answers['GOV-01.02'] = { status: 'not-applicable', justification: '対象外と判断', evidence: [] };
  answers['OPS-03.03'] = { status: 'not-applicable', evidence: [] };
  answers['GOV-04.01'] = { status: 'met', evidence: [{ title: 'マネジメントレビュー議事録', date: '2026-05-01' }] };
  answers['GOV-99.01'] = { status: 'met', evidence: [] };
  return {
    criteria: { scheme: r.scheme.id, version: r.version },
    organization: { name: '株式会社ギャップ検証' },
    targetLevel: 2,
    mode: 'audit',
    declaration: { signatory: { name: '佐藤 花子', role: '取締役' }, date: '2026-02-01' },
    audit: { auditor: { name: '審査 一郎' }, body: { name: '一般社団法人 認定審査機構' }, date: '2026-03-20', reference: 'SISC-2026-0001' },
    answers,
  };
}

/** Strings an attacker would put into any text field of an assessment. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '[x](javascript:window.__pwned=1)',
  '![i](http://127.0.0.1:9/x.png)',
  '<a href="http://127.0.0.1:9/">click</a>',
  '"><svg onload=window.__pwned=1>',
  '<iframe src="http://127.0.0.1:9/"></iframe>',
  '<object data="http://127.0.0.1:9/x"></object>',
  '<style>body{display:none}</style>',
  '[ref]: http://127.0.0.1:9/ref\n[ref]',
  '<http://127.0.0.1:9/auto>',
  'http://127.0.0.1:9/linkify www.example.com',
  '\n# Injected heading\n\n| a | b |\n|---|---|\n| c | d |\n',
  '| cell | break |\n> quote\n- list\n1. ordered\n---\n===',
  '```\ncode fence\n```',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__pwned=1&#62;',
  '\\<script>window.__pwned=1</script>',
  '`` <script>window.__pwned=1</script> ``',
  '**bold** _em_ ~~strike~~ <b>b</b>',
  '<a id="GOV-01.01"></a>duplicate anchor',
  '\u202eevil\u202c \u2028line sep',
  '=cmd|"/c calc"!A1',
];

export const URI_PAYLOADS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'http://127.0.0.1:9/evidence.pdf',
  'https://127.0.0.1:9/evidence?a=1&b=<script>',
  '`` <img src=x onerror=window.__pwned=1> ``',
];

/** A self-declaration of the draft whose every text field is an attack. Valid against the schema. */
export function hostileAssessment(r: CriteriaRelease = draft()): AssessmentInput {
  const answers: Assessment['answers'] = {};
  let i = 0;
  for (const c of r.categories)
    for (const it of c.items)
      for (const q of it.requirements) {
        if (q.status !== 'active') continue;
        const p = PAYLOADS[i % PAYLOADS.length]!;
        const uri = URI_PAYLOADS[i % URI_PAYLOADS.length]!;
        answers[q.id] = {
          status: q.naPolicy.allowed || i % 3 === 0 ? 'not-applicable' : 'met',
          justification: PAYLOADS.join(' '),
          note: p,
          evidence: [
            { title: p, uri, date: '2026-03-01' },
            { title: PAYLOADS[(i + 7) % PAYLOADS.length]!, uri: URI_PAYLOADS[(i + 3) % URI_PAYLOADS.length]!, date: '2026-03-02' },
          ],
        };
        i++;
      }
  return {
    criteria: { scheme: r.scheme.id, version: r.version },
    organization: { name: PAYLOADS.join(' ') },
    targetLevel: 1,
    mode: 'self-declaration',
    declaration: { signatory: { name: '<script>window.__pwned=1</script>[x](javascript:1)', role: '<img src=x onerror=window.__pwned=1>' }, date: '2026-03-15' },
    answers,
  };
}

/** A hostile assessment every answer of which is met: the declaration is issued, so its statement shows the name. */
export function hostileConformant(r: CriteriaRelease = draft()): AssessmentInput {
  const a = hostileAssessment(r);
  for (const [id, answer] of Object.entries(a.answers)) {
    if (find(r, id).level === 1) answer.status = 'met';
  }
  return a;
}

export function evaluated(r: CriteriaRelease, a: AssessmentInput, asOf = AS_OF): EvaluationResult {
  return evaluateOrThrow(r, a, { asOf });
}

/**
 * The draft with every text, mapping ID, locator and URL replaced by an attack. Releases are the
 * committee's data, but the renderer escapes them all the same.
 */
export function hostileRelease(): CriteriaRelease {
  const r = draft();
  r.version = '1.0.0-draft.1+hostile';
  let i = 0;
  walkTexts(r, '$', (text) => {
    text.ja = PAYLOADS[i % PAYLOADS.length]!;
    text.en = PAYLOADS[(i + 5) % PAYLOADS.length]!;
    delete text.enSource;
    i++;
  });
  r.documents.forEach((d, k) => (d.url = URI_PAYLOADS[k % URI_PAYLOADS.length]!));
  r.frameworks.forEach((f, k) => {
    f.url = URI_PAYLOADS[(k + 1) % URI_PAYLOADS.length]!;
    f.title = PAYLOADS[k % PAYLOADS.length]!;
  });
  for (const c of r.categories)
    for (const it of c.items)
      for (const q of it.requirements) {
        q.mappings.forEach((m, k) => (m.id = PAYLOADS[k % PAYLOADS.length]!));
        q.references.forEach((ref, k) => (ref.locator = PAYLOADS[(k + 2) % PAYLOADS.length]!));
      }
  return r;
}
