import { getCriteria, getCriteriaDigest } from '@sisc/criteria';
import { CHANGE_KINDS, CHANGE_TARGETS, ValidationError, compareStrings, criteriaDigest, localizeIssue, safeParseDiff, type Change, type CriteriaRelease } from '@sisc/model';
import { describe, expect, it } from 'vitest';
import { diffCriteria } from '../src/index.js';
import { DRAFT_VERSION, draft, item, ja, moveRequirement, newRequirement, release, removeRequirement, requirement, retire } from './_fixtures.js';

type Tuple = [target: string, id: string, kind: string, field: string, bump: string];
const tuples = (from: CriteriaRelease, to: CriteriaRelease): Tuple[] =>
  diffCriteria(from, to).changes.map((c) => [c.target, c.id, c.kind, c.field ?? '', c.bump]);

const level3 = (r: CriteriaRelease) =>
  r.levels.push({ level: 3, name: ja('レベル3'), audience: ja('重要インフラ事業者'), assurance: 'audited' });

interface Case {
  name: string;
  /** Edits of the `from` release (1.0.0 from the draft) before the change, if any. */
  before?: (r: CriteriaRelease) => void;
  /** The change: edits of `to`, applied on top of `before`. */
  edit: (r: CriteriaRelease) => void;
  expected: Tuple[];
}

// Each case: what changed, and the changes the diff must report, in the diff's order.
const cases: Case[] = [
  {
    name: 'a Japanese text change is substantive: major',
    edit: (r) => (requirement(r, 'GOV-02.01').text.ja = 'セキュリティ基礎教育の年1回以上の実施'),
    expected: [['requirement', 'GOV-02.01', 'text-changed', 'text.ja', 'major']],
  },
  {
    name: 'an English-only change is editorial: patch',
    edit: (r) => (requirement(r, 'GOV-02.01').text.en = 'Basic security education held regularly'),
    expected: [['requirement', 'GOV-02.01', 'text-changed', 'text.en', 'patch']],
  },
  {
    name: 'Japanese and English changed together are reported separately',
    edit: (r) => (requirement(r, 'OPS-01.01').text = { ja: 'トラブル対応窓口の設置と周知', en: 'A contact point for trouble, made known' }),
    expected: [
      ['requirement', 'OPS-01.01', 'text-changed', 'text.en', 'patch'],
      ['requirement', 'OPS-01.01', 'text-changed', 'text.enSource', 'patch'],
      ['requirement', 'OPS-01.01', 'text-changed', 'text.ja', 'major'],
    ],
  },
  {
    name: 'a new requirement at an existing level: major',
    edit: (r) => item(r, 'GOV-02').requirements.push(newRequirement('GOV-02.05', 2)),
    expected: [['requirement', 'GOV-02.05', 'added', '', 'major']],
  },
  {
    name: 'a new requirement at a new level: minor',
    edit: (r) => {
      level3(r);
      item(r, 'GOV-02').requirements.push(newRequirement('GOV-02.05', 3));
    },
    expected: [
      ['level', '3', 'added', '', 'minor'],
      ['requirement', 'GOV-02.05', 'added', '', 'minor'],
    ],
  },
  {
    name: 'a level removed: major',
    before: level3,
    edit: (r) => r.levels.pop(),
    expected: [['level', '3', 'removed', '', 'major']],
  },
  {
    name: 'a requirement retired (ID kept): minor',
    edit: (r) => retire(r, 'GOV-01.03', '1.1.0'),
    expected: [['requirement', 'GOV-01.03', 'retired', 'status', 'minor']],
  },
  {
    name: 'a requirement removed (ID gone): major',
    edit: (r) => removeRequirement(r, 'GOV-01.03'),
    expected: [['requirement', 'GOV-01.03', 'removed', '', 'major']],
  },
  {
    name: 'a retired requirement removed: minor (it applied to nobody)',
    before: (r) => retire(r, 'GOV-01.03', '1.0.0'),
    edit: (r) => removeRequirement(r, 'GOV-01.03'),
    expected: [['requirement', 'GOV-01.03', 'removed', '', 'minor']],
  },
  {
    name: 'a retired requirement reinstated: major',
    before: (r) => retire(r, 'GOV-01.03', '1.0.0'),
    edit: (r) => {
      const q = requirement(r, 'GOV-01.03');
      q.status = 'active';
      delete q.retired;
    },
    expected: [['requirement', 'GOV-01.03', 'reinstated', 'status', 'major']],
  },
  {
    name: 'the text of a requirement retired on both sides: patch',
    before: (r) => retire(r, 'GOV-01.03', '1.0.0'),
    edit: (r) => (requirement(r, 'GOV-01.03').text.ja = '人員及び予算の確保'),
    expected: [['requirement', 'GOV-01.03', 'text-changed', 'text.ja', 'patch']],
  },
  {
    name: 'the retirement details of a retired requirement: patch',
    before: (r) => retire(r, 'GOV-01.03', '1.0.0'),
    edit: (r) => (requirement(r, 'GOV-01.03').retired!.reason = ja('GOV-01.02 に統合')),
    expected: [['requirement', 'GOV-01.03', 'metadata-changed', 'retired', 'patch']],
  },
  {
    name: 'a requirement moved to another item: patch',
    edit: (r) => moveRequirement(r, 'GOV-02.04', 'GOV-01'),
    expected: [['requirement', 'GOV-02.04', 'moved', 'item', 'patch']],
  },
  {
    name: 'a requirement moved to an item of another category: patch',
    edit: (r) => moveRequirement(r, 'GOV-02.04', 'OPS-01'),
    expected: [['requirement', 'GOV-02.04', 'moved', 'item', 'patch']],
  },
  {
    name: 'the order of requirements within an item is not a change',
    edit: (r) => item(r, 'GOV-02').requirements.reverse(),
    expected: [],
  },
  {
    name: 'a requirement now applying at a lower level: major',
    edit: (r) => (requirement(r, 'GOV-02.02').level = 1),
    expected: [['requirement', 'GOV-02.02', 'level-changed', 'level', 'major']],
  },
  {
    name: 'a requirement now applying at a higher level: minor',
    edit: (r) => (requirement(r, 'GOV-02.01').level = 2),
    expected: [['requirement', 'GOV-02.01', 'level-changed', 'level', 'minor']],
  },
  {
    name: '"not applicable" no longer allowed: major',
    edit: (r) => (requirement(r, 'BLD-04.02').naPolicy.allowed = false),
    expected: [['requirement', 'BLD-04.02', 'na-policy-changed', 'naPolicy.allowed', 'major']],
  },
  {
    name: '"not applicable" newly allowed: minor',
    edit: (r) => (requirement(r, 'GOV-01.01').naPolicy.allowed = true),
    expected: [['requirement', 'GOV-01.01', 'na-policy-changed', 'naPolicy.allowed', 'minor']],
  },
  {
    name: 'a justification no longer required where "not applicable" is allowed: minor',
    edit: (r) => (requirement(r, 'BLD-04.02').naPolicy.justificationRequired = false),
    expected: [['requirement', 'BLD-04.02', 'na-policy-changed', 'naPolicy.justificationRequired', 'minor']],
  },
  {
    name: 'a justification newly required where "not applicable" is allowed: major',
    before: (r) => (requirement(r, 'BLD-04.02').naPolicy.justificationRequired = false),
    edit: (r) => (requirement(r, 'BLD-04.02').naPolicy.justificationRequired = true),
    expected: [['requirement', 'BLD-04.02', 'na-policy-changed', 'naPolicy.justificationRequired', 'major']],
  },
  {
    name: 'the justification rule where "not applicable" is not allowed anyway: patch',
    edit: (r) => (requirement(r, 'GOV-01.01').naPolicy.justificationRequired = false),
    expected: [['requirement', 'GOV-01.01', 'na-policy-changed', 'naPolicy.justificationRequired', 'patch']],
  },
  {
    name: 'a recurrence where there was none: major',
    edit: (r) => (requirement(r, 'GOV-02.01').recurrence = 'P1Y'),
    expected: [['requirement', 'GOV-02.01', 'recurrence-changed', 'recurrence', 'major']],
  },
  {
    name: 'a shorter recurrence: major',
    before: (r) => (requirement(r, 'GOV-02.01').recurrence = 'P1Y'),
    edit: (r) => (requirement(r, 'GOV-02.01').recurrence = 'P6M'),
    expected: [['requirement', 'GOV-02.01', 'recurrence-changed', 'recurrence', 'major']],
  },
  {
    name: 'a longer recurrence: minor',
    before: (r) => (requirement(r, 'GOV-02.01').recurrence = 'P1Y'),
    edit: (r) => (requirement(r, 'GOV-02.01').recurrence = 'P2Y'),
    expected: [['requirement', 'GOV-02.01', 'recurrence-changed', 'recurrence', 'minor']],
  },
  {
    name: 'a recurrence dropped: minor',
    before: (r) => (requirement(r, 'GOV-02.01').recurrence = 'P1Y'),
    edit: (r) => delete requirement(r, 'GOV-02.01').recurrence,
    expected: [['requirement', 'GOV-02.01', 'recurrence-changed', 'recurrence', 'minor']],
  },
  {
    name: 'the same recurrence written differently: patch',
    before: (r) => (requirement(r, 'GOV-02.01').recurrence = 'P1Y'),
    edit: (r) => (requirement(r, 'GOV-02.01').recurrence = 'P12M'),
    expected: [['requirement', 'GOV-02.01', 'recurrence-changed', 'recurrence', 'patch']],
  },
  {
    name: 'an evidence expectation added: major',
    edit: (r) => requirement(r, 'GOV-02.01').evidence.push(ja('教育の実施記録')),
    expected: [['requirement', 'GOV-02.01', 'evidence-changed', 'evidence', 'major']],
  },
  {
    name: 'an evidence expectation dropped: minor',
    before: (r) => requirement(r, 'GOV-02.01').evidence.push(ja('教育の実施記録'), ja('受講者一覧')),
    edit: (r) => requirement(r, 'GOV-02.01').evidence.pop(),
    expected: [['requirement', 'GOV-02.01', 'evidence-changed', 'evidence', 'minor']],
  },
  {
    name: 'evidence expectations reordered: no change',
    before: (r) => requirement(r, 'GOV-02.01').evidence.push(ja('教育の実施記録'), ja('受講者一覧')),
    edit: (r) => requirement(r, 'GOV-02.01').evidence.reverse(),
    expected: [],
  },
  {
    name: 'an evidence expectation translated anew: patch',
    before: (r) => requirement(r, 'GOV-02.01').evidence.push(ja('教育の実施記録')),
    edit: (r) => (requirement(r, 'GOV-02.01').evidence[0]!.en = 'Training records'),
    expected: [['requirement', 'GOV-02.01', 'evidence-changed', 'evidence', 'patch']],
  },
  {
    name: 'a kind changed: patch',
    edit: (r) => (requirement(r, 'GOV-01.02').kind = 'level-requirement'),
    expected: [['requirement', 'GOV-01.02', 'kind-changed', 'kind', 'patch']],
  },
  {
    name: 'mappings and references changed: patch',
    edit: (r) => {
      const q = requirement(r, 'GOV-01.01');
      q.mappings.pop();
      q.references.push({ document: 'secbok' });
    },
    expected: [
      ['requirement', 'GOV-01.01', 'references-changed', 'mappings', 'patch'],
      ['requirement', 'GOV-01.01', 'references-changed', 'references', 'patch'],
    ],
  },
  {
    name: 'mappings reordered: no change',
    edit: (r) => requirement(r, 'GOV-01.01').mappings.reverse(),
    expected: [],
  },
  {
    name: 'an item added, with a requirement at an existing level',
    edit: (r) =>
      r.categories[0]!.items.push({ id: 'GOV-05', name: ja('委託管理'), intent: ja('委託先を管理している'), requirements: [newRequirement('GOV-05.01', 1)] }),
    expected: [
      ['item', 'GOV-05', 'added', '', 'minor'],
      ['requirement', 'GOV-05.01', 'added', '', 'major'],
    ],
  },
  {
    name: 'an item moved to another category: patch',
    edit: (r) => r.categories[2]!.items.push(r.categories[0]!.items.splice(3, 1)[0]!),
    expected: [['item', 'GOV-04', 'moved', 'category', 'patch']],
  },
  {
    name: 'the name and intent of an item, and the name of a category: patch',
    edit: (r) => {
      item(r, 'GOV-01').name.ja = '管理体制';
      item(r, 'GOV-01').intent.en = 'Management declares its security organisation';
      r.categories[1]!.name.ja = '構築・導入';
    },
    expected: [
      ['category', 'BLD', 'text-changed', 'name.ja', 'patch'],
      ['item', 'GOV-01', 'text-changed', 'intent.en', 'patch'],
      ['item', 'GOV-01', 'text-changed', 'name.ja', 'patch'],
    ],
  },
  {
    name: 'a level made audited and given a validity: major',
    edit: (r) => {
      r.levels[0]!.assurance = 'audited';
      r.levels[0]!.declarationValidity = 'P1Y';
    },
    expected: [
      ['level', '1', 'assurance-changed', 'assurance', 'major'],
      ['level', '1', 'validity-changed', 'declarationValidity', 'major'],
    ],
  },
  {
    name: 'a longer declaration validity, and a new level name: minor',
    before: (r) => (r.levels[1]!.declarationValidity = 'P1Y'),
    edit: (r) => {
      r.levels[1]!.declarationValidity = 'P3Y';
      r.levels[1]!.name.ja = 'レベル2 認定';
    },
    expected: [
      ['level', '2', 'text-changed', 'name.ja', 'patch'],
      ['level', '2', 'validity-changed', 'declarationValidity', 'minor'],
    ],
  },
  {
    name: 'release metadata: title, a note and a document are patches; status and dates need no bump',
    edit: (r) => {
      r.title.ja = 'SIセキュリティ認定制度 要求事項';
      r.notes.find((n) => n.id === 'recurrence')!.text.ja = '周期は定めていない。';
      r.documents.push({ id: 'ssdf', title: ja('セキュアソフトウェア開発フレームワーク') });
      r.status = 'superseded';
      r.dates.acceptUntil = '2027-03-31';
    },
    expected: [
      ['release', 'dates', 'metadata-changed', 'dates.acceptUntil', 'none'],
      ['release', 'documents', 'metadata-changed', 'documents[ssdf]', 'patch'],
      ['release', 'notes', 'metadata-changed', 'notes[recurrence]', 'patch'],
      ['release', 'status', 'metadata-changed', 'status', 'none'],
      ['release', 'title', 'metadata-changed', 'title.ja', 'patch'],
    ],
  },
];

/** Many changes at once: one of most kinds. */
function manyChanges(r: CriteriaRelease): void {
  level3(r);
  r.title.ja = 'SIセキュリティ認定制度 要求事項';
  r.categories[1]!.name.ja = '構築・導入';
  item(r, 'GOV-01').intent.ja = '経営者がセキュリティ管理体制を宣言している';
  requirement(r, 'GOV-02.01').text.ja = 'セキュリティ基礎教育の年1回以上の実施';
  requirement(r, 'GOV-02.01').recurrence = 'P1Y';
  requirement(r, 'GOV-02.02').level = 1;
  requirement(r, 'BLD-04.02').naPolicy.allowed = false;
  requirement(r, 'OPS-01.01').evidence.push(ja('窓口の周知文書'));
  requirement(r, 'CTR-01.02').kind = 'detailed-requirement';
  requirement(r, 'GOV-01.01').mappings.pop();
  retire(r, 'OPS-03.04', '2.0.0');
  removeRequirement(r, 'GOV-01.03');
  moveRequirement(r, 'GOV-02.04', 'GOV-01');
  item(r, 'GOV-02').requirements.push(newRequirement('GOV-02.05', 2), newRequirement('GOV-02.06', 3));
  r.categories[0]!.items.push({ id: 'GOV-05', name: ja('委託管理'), intent: ja('委託先を管理している'), requirements: [newRequirement('GOV-05.01', 1)] });
}

describe('diffCriteria: every kind of change, with its bump', () => {
  it.each(cases)('$name', ({ before, edit, expected }) => {
    const from = release('1.0.0', before);
    const to = release('1.0.0', before);
    edit(to);
    expect(tuples(from, to)).toEqual(expected);
  });

  it('the required bump is the largest of the changes', () => {
    for (const { before, edit, expected } of cases) {
      const from = release('1.0.0', before);
      const to = release('1.0.0', before);
      edit(to);
      const rank = ['none', 'patch', 'minor', 'major'];
      const max = expected.reduce((m, t) => Math.max(m, rank.indexOf(t[4])), 0);
      expect(diffCriteria(from, to).semver.required).toBe(rank[max]);
    }
  });
});

describe('diffCriteria: IDs are never reused', () => {
  it('calls a retired ID that comes back with another text a breach, not a major change', () => {
    const from = release('1.0.0', (r) => retire(r, 'GOV-01.03', '1.0.0'));
    const to = release('2.0.0', (r) => {
      const q = requirement(r, 'GOV-01.03');
      q.text = { ja: 'まったく別の要求事項', en: 'A different requirement altogether' };
    });
    const diff = diffCriteria(from, to);
    expect(diff.issues.filter((i) => i.code === 'id-reused')).toEqual([
      expect.objectContaining({ severity: 'error', requirementId: 'GOV-01.03', path: '$.categories[0].items[0].requirements[2].id', params: { id: 'GOV-01.03', from: '1.0.0', to: '2.0.0' } }),
    ]);
    expect(localizeIssue(diff.issues.find((i) => i.code === 'id-reused')!, 'ja')).toContain('GOV-01.03 は 1.0.0 で廃止されたIDですが、2.0.0 で別の文面の要求事項として再び使われています。IDは再利用できません。');
  });

  it('lets a retired requirement come back unchanged (a reinstatement, major)', () => {
    const from = release('1.0.0', (r) => retire(r, 'GOV-01.03', '1.0.0'));
    const to = release('2.0.0', () => {});
    const diff = diffCriteria(from, to);
    expect(diff.issues.map((i) => i.code)).not.toContain('id-reused');
    expect(diff.semver.required).toBe('major');
  });
});

describe('diffCriteria: values and shape', () => {
  it('finds nothing between the draft and itself', () => {
    const d = diffCriteria(getCriteria(DRAFT_VERSION), getCriteria(DRAFT_VERSION));
    expect(d.changes).toEqual([]);
    expect(d.issues).toEqual([]);
    expect(d.semver).toEqual({ required: 'none', actual: 'none', honoured: true });
  });

  it('names both releases with their digests', () => {
    const to = release('1.0.1', (r) => (requirement(r, 'GOV-02.01').text.en = 'Regular basic security training'));
    const d = diffCriteria(getCriteria(DRAFT_VERSION), to);
    expect(d.from).toEqual({ scheme: 'si-security-certification', version: DRAFT_VERSION, digest: getCriteriaDigest(DRAFT_VERSION) });
    expect(d.to).toEqual({ scheme: 'si-security-certification', version: '1.0.1', digest: criteriaDigest(to) });
  });

  it('gives before and after values, the level and the item', () => {
    const from = release('1.0.0');
    const to = release('2.0.0', (r) => {
      requirement(r, 'GOV-02.02').level = 1;
      requirement(r, 'GOV-02.02').text.ja = 'SecBoKを元にセキュリティ資格取得を推進する';
      moveRequirement(r, 'GOV-02.04', 'GOV-01');
    });
    const d = diffCriteria(from, to);
    expect(d.changes.find((c) => c.id === 'GOV-02.02' && c.kind === 'level-changed')).toMatchObject({ before: 2, after: 1, level: 1, parent: 'GOV-02' });
    expect(d.changes.find((c) => c.id === 'GOV-02.02' && c.kind === 'text-changed')).toMatchObject({
      lang: 'ja',
      before: 'SecBokを元にセキュリティ資格取得の推進',
      after: 'SecBoKを元にセキュリティ資格取得を推進する',
      substantive: true,
    });
    expect(d.changes.find((c) => c.id === 'GOV-02.04')).toMatchObject({ kind: 'moved', before: 'GOV-02', after: 'GOV-01', parent: 'GOV-01', substantive: false });
  });

  it('gives the whole requirement, as plain JSON, for one added or removed', () => {
    const from = release('1.0.0');
    const to = release('2.0.0', (r) => {
      removeRequirement(r, 'GOV-01.03');
      item(r, 'OPS-02').requirements.push(newRequirement('OPS-02.05', 1, { recurrence: 'P6M' }));
    });
    const d = diffCriteria(from, to);
    expect(d.changes.find((c) => c.id === 'GOV-01.03')).toMatchObject({ kind: 'removed', parent: 'GOV-01', level: 2, before: requirement(from, 'GOV-01.03') });
    expect(d.changes.find((c) => c.id === 'OPS-02.05')).toMatchObject({ kind: 'added', parent: 'OPS-02', level: 1, after: newRequirement('OPS-02.05', 1, { recurrence: 'P6M' }) });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('reports a removed ID as an error, with where to put it back', () => {
    const d = diffCriteria(release('1.0.0'), release('2.0.0', (r) => removeRequirement(r, 'GOV-01.03')));
    const removed = d.issues.filter((i) => i.code === 'id-removed');
    expect(removed).toEqual([expect.objectContaining({ severity: 'error', path: '$.categories[0].items[0].requirements', requirementId: 'GOV-01.03' })]);
    expect(localizeIssue(removed[0]!, 'ja')).toContain('「GOV-01.03」が 2.0.0 から削除されています');
  });

  it('is a valid CriteriaDiff, sorted by target, ID, kind, field and language', () => {
    const d = diffCriteria(release('1.0.0'), release('2.0.0', manyChanges));
    expect(d.changes.length).toBeGreaterThan(15);
    expect(safeParseDiff(d).success).toBe(true);
    expect(d.$schema).toBe('https://sisc.dev/schemas/v1/criteria-diff.schema.json');
    const key = (c: Change) => [CHANGE_TARGETS.indexOf(c.target), c.id, CHANGE_KINDS.indexOf(c.kind), c.field ?? '', c.lang ?? ''] as const;
    const cmp = (a: Change, b: Change) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || compareStrings(x[1], y[1]) || x[2] - y[2] || compareStrings(x[3], y[3]) || compareStrings(x[4], y[4]);
    };
    expect([...d.changes].sort(cmp)).toEqual(d.changes);
  });

  it('is byte-identical on every run', () => {
    const once = () => JSON.stringify(diffCriteria(release('1.0.0'), release('2.0.0', manyChanges)));
    expect(once()).toBe(once());
  });
});

describe('diffCriteria: bad input and other schemes', () => {
  it.each([
    ['from', () => diffCriteria({ version: '1.0.0' }, draft())],
    ['to', () => diffCriteria(draft(), 'not a release')],
  ])('throws a ValidationError naming the "%s" release', (role, run) => {
    expect(run).toThrow(ValidationError);
    expect(run).toThrow(`The "${role}" criteria release is not valid`);
    try {
      run();
    } catch (e) {
      expect((e as ValidationError).code).toBe('invalid-criteria');
      expect((e as ValidationError).issues.length).toBeGreaterThan(0);
    }
  });

  it('compares releases of different schemes, with a scheme-mismatch error', () => {
    const other = release('1.0.0', (r) => (r.scheme.id = 'another-scheme'));
    const d = diffCriteria(release('1.0.0'), other);
    expect(d.changes).toEqual([expect.objectContaining({ target: 'release', id: 'scheme', field: 'scheme.id', before: 'si-security-certification', after: 'another-scheme', bump: 'major' })]);
    const mismatch = d.issues.find((i) => i.code === 'scheme-mismatch')!;
    expect(mismatch).toMatchObject({ severity: 'error', path: '$.scheme.id', params: { from: 'si-security-certification', to: 'another-scheme' } });
    expect(localizeIssue(mismatch, 'ja')).toContain('si-security-certification と another-scheme');
  });
});
