import { assurancePolicy, compareDurations, type Bump, type Change, type ChangeKind, type LocalizedText, type Requirement } from '@sisc/model';
import { ACCEPTS, type DraftChange } from './_draft.js';
import { bumpOf as B, type BumpRuleId } from './bump-rules.js';
import { canonicalList, plain, same } from './_json.js';
import type { ItemAt, ReleaseIndex, RequirementAt } from './_release-index.js';

type Target = Change['target'];
type Rule = keyof typeof ACCEPTS;

interface Spec {
  field?: string;
  lang?: 'ja' | 'en';
  level?: number;
  parent?: string;
  before?: unknown;
  after?: unknown;
  bump: Bump;
  substantive: boolean;
  rule: Rule;
  mustDeclare: boolean;
  ifEditorial?: Bump;
}

function make(target: Target, id: string, kind: ChangeKind, s: Spec): DraftChange {
  const change: Change = { target, id, kind, substantive: s.substantive, bump: s.bump };
  if (s.parent !== undefined) change.parent = s.parent;
  if (s.field !== undefined) change.field = s.field;
  if (s.lang !== undefined) change.lang = s.lang;
  if (s.level !== undefined) change.level = s.level;
  if (s.before !== undefined) change.before = plain(s.before);
  if (s.after !== undefined) change.after = plain(s.after);
  const draft: DraftChange = { change, accepts: ACCEPTS[s.rule].accepts, viaRelated: ACCEPTS[s.rule].viaRelated, mustDeclare: s.mustDeclare };
  if (s.ifEditorial !== undefined) draft.ifEditorial = s.ifEditorial;
  return draft;
}

interface TextRules {
  kind: 'text-changed' | 'metadata-changed';
  level?: number;
  parent?: string;
  /** Bump of a change of the Japanese (canonical) text, unless declared editorial. */
  jaBump: Bump;
  jaRule: Rule;
  jaMustDeclare: boolean;
}

/**
 * Changes of one localized text: the Japanese text (canonical) and the English translation
 * (with the digest it was made from) separately. A change of the English alone cannot change
 * the meaning: it is editorial.
 */
function compareText(out: DraftChange[], target: Target, id: string, field: string, a: LocalizedText | undefined, b: LocalizedText | undefined, r: TextRules): void {
  const where = { level: r.level, parent: r.parent };
  if (a?.ja !== b?.ja) {
    out.push(
      make(target, id, r.kind, {
        ...where,
        field: `${field}.ja`,
        lang: 'ja',
        before: a?.ja,
        after: b?.ja,
        bump: r.jaBump,
        substantive: r.jaBump !== 'none',
        rule: r.jaRule,
        mustDeclare: r.jaMustDeclare,
        ifEditorial: r.jaBump === 'none' ? 'none' : B('text-declared-editorial'),
      }),
    );
  }
  for (const key of ['en', 'enSource'] as const) {
    if (a?.[key] !== b?.[key]) {
      const bump = r.jaBump === 'none' ? 'none' : B('translation-changed');
      out.push(make(target, id, r.kind, { ...where, field: `${field}.${key}`, lang: 'en', before: a?.[key], after: b?.[key], bump, substantive: false, rule: 'editorial', mustDeclare: false }));
    }
  }
}

const PERIOD_RULES = {
  recurrence: { added: 'recurrence-added', dropped: 'recurrence-dropped', shortened: 'recurrence-shortened', lengthened: 'recurrence-lengthened' },
  validity: { added: 'validity-added', dropped: 'validity-dropped', shortened: 'validity-shortened', lengthened: 'validity-lengthened' },
} as const satisfies Record<string, Record<string, BumpRuleId>>;

/** How a change of a period (recurrence, declaration validity) bears on conformance. */
function periodBump(period: keyof typeof PERIOD_RULES, before: string | undefined, after: string | undefined): Bump {
  const rules = PERIOD_RULES[period];
  if (before === undefined) return B(rules.added); // a period where there was none: old evidence may no longer count
  if (after === undefined) return B(rules.dropped);
  const order = compareDurations(after, before);
  return B(order < 0 ? rules.shortened : order > 0 ? rules.lengthened : 'period-rewritten');
}

/** True when two lists of texts are equal, in the same order (the quick test before comparing them as sets). */
function sameTexts(a: readonly LocalizedText[], b: readonly LocalizedText[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.ja === y.ja && x.en === y.en && x.enSource === y.enSource;
  });
}

/** Counts of each Japanese evidence text, to tell added and removed expectations from rewordings of the translation. */
function evidenceCounts(r: Requirement): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of r.evidence) m.set(e.ja, (m.get(e.ja) ?? 0) + 1);
  return m;
}
function exceeds(a: Map<string, number>, b: Map<string, number>): boolean {
  for (const [k, n] of a) if (n > (b.get(k) ?? 0)) return true;
  return false;
}

function compareRequirement(out: DraftChange[], a: RequirementAt, b: RequirementAt): void {
  const ra = a.requirement;
  const rb = b.requirement;
  const id = rb.id;
  const where = { level: rb.level, parent: b.item };
  // A requirement that is retired after the change applies to nobody: nothing about it can fail anyone.
  const cap = (bump: Bump): Bump => (rb.status === 'active' || bump === 'none' ? bump : B('retired-requirement-changed'));

  if (ra.status !== rb.status) {
    const retired = rb.status === 'retired';
    out.push(
      make('requirement', id, retired ? 'retired' : 'reinstated', {
        ...where,
        field: 'status',
        before: ra.status,
        after: rb.status,
        bump: B(retired ? 'requirement-retired' : 'requirement-reinstated'),
        substantive: true,
        rule: retired ? 'gone' : 'reinstated',
        mustDeclare: true,
      }),
    );
  } else if (rb.status === 'retired' && !same(ra.retired, rb.retired)) {
    out.push(make('requirement', id, 'metadata-changed', { ...where, field: 'retired', before: ra.retired, after: rb.retired, bump: B('retirement-details-changed'), substantive: false, rule: 'retirement', mustDeclare: false }));
  }

  compareText(out, 'requirement', id, 'text', ra.text, rb.text, { kind: 'text-changed', ...where, jaBump: cap(B('requirement-text-changed')), jaRule: 'wording', jaMustDeclare: true });

  if (a.item !== b.item) {
    out.push(make('requirement', id, 'moved', { ...where, field: 'item', before: a.item, after: b.item, bump: B('requirement-moved'), substantive: false, rule: 'moved', mustDeclare: true }));
  }
  if (ra.level !== rb.level) {
    const bump = cap(B(rb.level < ra.level ? 'requirement-level-lowered' : 'requirement-level-raised'));
    out.push(make('requirement', id, 'level-changed', { ...where, field: 'level', before: ra.level, after: rb.level, bump, substantive: true, rule: 'substantive', mustDeclare: true }));
  }
  if (ra.kind !== rb.kind) {
    out.push(make('requirement', id, 'kind-changed', { ...where, field: 'kind', before: ra.kind, after: rb.kind, bump: B('requirement-kind-changed'), substantive: false, rule: 'descriptive', mustDeclare: true }));
  }

  const na = { ...where, rule: 'substantive' as const, mustDeclare: true };
  if (ra.naPolicy.allowed !== rb.naPolicy.allowed) {
    const bump = cap(B(rb.naPolicy.allowed ? 'na-allowed' : 'na-disallowed'));
    out.push(make('requirement', id, 'na-policy-changed', { ...na, field: 'naPolicy.allowed', before: ra.naPolicy.allowed, after: rb.naPolicy.allowed, bump, substantive: true }));
  }
  if (ra.naPolicy.justificationRequired !== rb.naPolicy.justificationRequired) {
    // Only matters where "not applicable" is allowed after the change.
    const matters = rb.naPolicy.allowed;
    const bump = !matters ? B('na-justification-moot') : cap(B(rb.naPolicy.justificationRequired ? 'na-justification-required' : 'na-justification-dropped'));
    out.push(
      make('requirement', id, 'na-policy-changed', {
        ...na,
        field: 'naPolicy.justificationRequired',
        before: ra.naPolicy.justificationRequired,
        after: rb.naPolicy.justificationRequired,
        bump,
        substantive: matters,
        rule: matters ? 'substantive' : 'descriptive',
      }),
    );
  }

  const evA = sameTexts(ra.evidence, rb.evidence) ? undefined : canonicalList(ra.evidence);
  const evB = evA === undefined ? undefined : canonicalList(rb.evidence);
  if (evA !== undefined && evB !== undefined && !same(evA, evB)) {
    const ca = evidenceCounts(ra);
    const cb = evidenceCounts(rb);
    const added = exceeds(cb, ca);
    const removed = exceeds(ca, cb);
    const jaChanged = added || removed;
    // A new expectation may be asked for by an auditor, so one that conformed may lack it.
    const bump = cap(B(added ? 'evidence-added' : removed ? 'evidence-dropped' : 'translation-changed'));
    out.push(
      make('requirement', id, 'evidence-changed', {
        ...where,
        field: 'evidence',
        before: evA,
        after: evB,
        bump,
        substantive: jaChanged,
        rule: jaChanged ? 'wording' : 'editorial',
        mustDeclare: jaChanged,
        ifEditorial: B('text-declared-editorial'),
      }),
    );
  }

  if (ra.recurrence !== rb.recurrence) {
    const bump = cap(periodBump('recurrence', ra.recurrence, rb.recurrence));
    const meaningful = bump !== B('period-rewritten') || (ra.recurrence === undefined) !== (rb.recurrence === undefined);
    out.push(
      make('requirement', id, 'recurrence-changed', {
        ...where,
        field: 'recurrence',
        before: ra.recurrence,
        after: rb.recurrence,
        bump,
        substantive: meaningful && rb.status === 'active',
        rule: meaningful ? 'substantive' : 'descriptive',
        mustDeclare: true,
      }),
    );
  }

  for (const field of ['references', 'mappings'] as const) {
    if (ra[field].length === 0 && rb[field].length === 0) continue;
    const x = canonicalList<unknown>(ra[field]);
    const y = canonicalList<unknown>(rb[field]);
    if (!same(x, y)) out.push(make('requirement', id, 'references-changed', { ...where, field, before: x, after: y, bump: B('references-changed'), substantive: false, rule: 'descriptive', mustDeclare: false }));
  }
}

/** A requirement as a before/after value: its unordered lists (evidence, references, mappings) in canonical order. */
function requirementValue(r: Requirement): unknown {
  return { ...r, evidence: canonicalList(r.evidence), references: canonicalList(r.references), mappings: canonicalList(r.mappings) };
}

function compareRequirements(out: DraftChange[], from: ReleaseIndex, to: ReleaseIndex): void {
  for (const [id, a] of from.requirements) {
    const b = to.requirements.get(id);
    if (b) {
      compareRequirement(out, a, b);
      continue;
    }
    // The ID disappeared. IDs must stay (retire instead); reported, and breaking for every document citing it.
    const r = a.requirement;
    out.push(
      make('requirement', id, 'removed', {
        level: r.level,
        parent: a.item,
        before: requirementValue(r),
        bump: B(r.status === 'active' ? 'active-requirement-removed' : 'retired-requirement-removed'),
        substantive: true,
        rule: 'gone',
        mustDeclare: true,
      }),
    );
  }
  for (const [id, b] of to.requirements) {
    if (from.requirements.has(id)) continue;
    const r = b.requirement;
    // New at a level that already existed: one who conformed at that level may no longer. New at a new level: fails nobody.
    const bump = B(r.status === 'retired' ? 'retired-requirement-added' : from.levels.has(r.level) ? 'requirement-added-at-existing-level' : 'requirement-added-at-new-level');
    out.push(make('requirement', id, 'added', { level: r.level, parent: b.item, after: requirementValue(r), bump, substantive: r.status === 'active', rule: 'added', mustDeclare: true }));
  }
}

function itemSummary(at: ItemAt): unknown {
  const { id, name, intent } = at.item;
  return { id, name, intent };
}

function compareStructure(out: DraftChange[], from: ReleaseIndex, to: ReleaseIndex): void {
  // Levels
  for (const [n, a] of from.levels) {
    const b = to.levels.get(n);
    const id = String(n);
    if (!b) {
      out.push(make('level', id, 'removed', { level: n, before: a, bump: B('level-removed'), substantive: true, rule: 'none', mustDeclare: false }));
      continue;
    }
    const text = { kind: 'text-changed' as const, level: n, jaBump: B('names-changed'), jaRule: 'none' as const, jaMustDeclare: false };
    compareText(out, 'level', id, 'name', a.name, b.name, text);
    compareText(out, 'level', id, 'audience', a.audience, b.audience, text);
    compareText(out, 'level', id, 'method', a.method, b.method, text);
    if (a.assurance !== b.assurance) {
      const bump = B(assurancePolicy(b.assurance).requiresMode === 'audit' ? 'level-now-audited' : 'level-no-longer-audited');
      out.push(make('level', id, 'assurance-changed', { level: n, field: 'assurance', before: a.assurance, after: b.assurance, bump, substantive: true, rule: 'none', mustDeclare: false }));
    }
    if (a.declarationValidity !== b.declarationValidity) {
      const bump = periodBump('validity', a.declarationValidity, b.declarationValidity);
      out.push(
        make('level', id, 'validity-changed', {
          level: n,
          field: 'declarationValidity',
          before: a.declarationValidity,
          after: b.declarationValidity,
          bump,
          substantive: bump !== B('period-rewritten'),
          rule: 'none',
          mustDeclare: false,
        }),
      );
    }
  }
  for (const [n, b] of to.levels) {
    if (!from.levels.has(n)) out.push(make('level', String(n), 'added', { level: n, after: b, bump: B('level-added'), substantive: true, rule: 'none', mustDeclare: false }));
  }

  // Categories
  for (const [id, a] of from.categories) {
    const b = to.categories.get(id);
    if (!b) {
      out.push(make('category', id, 'removed', { before: { id, name: a.category.name }, bump: B('category-removed'), substantive: true, rule: 'gone', mustDeclare: true }));
      continue;
    }
    compareText(out, 'category', id, 'name', a.category.name, b.category.name, { kind: 'text-changed', jaBump: B('names-changed'), jaRule: 'descriptive', jaMustDeclare: true });
  }
  for (const [id, b] of to.categories) {
    if (!from.categories.has(id)) out.push(make('category', id, 'added', { after: { id, name: b.category.name }, bump: B('category-added'), substantive: true, rule: 'added', mustDeclare: true }));
  }

  // Items
  for (const [id, a] of from.items) {
    const b = to.items.get(id);
    if (!b) {
      out.push(make('item', id, 'removed', { parent: a.category, before: itemSummary(a), bump: B('item-removed'), substantive: true, rule: 'gone', mustDeclare: true }));
      continue;
    }
    if (a.category !== b.category) {
      out.push(make('item', id, 'moved', { parent: b.category, field: 'category', before: a.category, after: b.category, bump: B('item-moved'), substantive: false, rule: 'moved', mustDeclare: true }));
    }
    const text = { kind: 'text-changed' as const, parent: b.category, jaBump: B('names-changed'), jaRule: 'descriptive' as const, jaMustDeclare: true };
    compareText(out, 'item', id, 'name', a.item.name, b.item.name, text);
    compareText(out, 'item', id, 'intent', a.item.intent, b.item.intent, text);
  }
  for (const [id, b] of to.items) {
    if (!from.items.has(id)) out.push(make('item', id, 'added', { parent: b.category, after: itemSummary(b), bump: B('item-added'), substantive: true, rule: 'added', mustDeclare: true }));
  }
}

/** Release metadata: describes the release, never what an organisation must do. */
function compareMetadata(out: DraftChange[], from: ReleaseIndex, to: ReleaseIndex): void {
  const a = from.release;
  const b = to.release;
  const meta = (id: string, field: string, before: unknown, after: unknown, bump: Bump = B('release-metadata-changed')) =>
    out.push(make('release', id, 'metadata-changed', { field, before, after, bump, substantive: bump !== 'none', rule: 'none', mustDeclare: false }));
  const text = (id: string, field: string, x: LocalizedText | undefined, y: LocalizedText | undefined) =>
    compareText(out, 'release', id, field, x, y, { kind: 'metadata-changed', jaBump: B('release-metadata-changed'), jaRule: 'none', jaMustDeclare: false });

  if (a.scheme.id !== b.scheme.id) meta('scheme', 'scheme.id', a.scheme.id, b.scheme.id, B('scheme-changed'));
  text('scheme', 'scheme.name', a.scheme.name, b.scheme.name);
  // Where a release stands in its lifecycle, not its content: no version bump needed.
  if (a.status !== b.status) meta('status', 'status', a.status, b.status, B('lifecycle-changed'));
  for (const key of ['published', 'effectiveFrom', 'acceptUntil'] as const) {
    if (a.dates[key] !== b.dates[key]) meta('dates', `dates.${key}`, a.dates[key], b.dates[key], B('lifecycle-changed'));
  }
  text('title', 'title', a.title, b.title);
  text('publisher', 'publisher', a.publisher, b.publisher);
  text('provenance', 'provenance.source', a.provenance.source, b.provenance.source);
  text('provenance', 'provenance.note', a.provenance.note, b.provenance.note);
  if (a.provenance.date !== b.provenance.date) meta('provenance', 'provenance.date', a.provenance.date, b.provenance.date);
  for (const key of ['notes', 'documents', 'frameworks'] as const) {
    const x = new Map<string, unknown>(a[key].map((v) => [v.id, v]));
    const y = new Map<string, unknown>(b[key].map((v) => [v.id, v]));
    for (const [id, v] of x) if (!same(v, y.get(id))) meta(key, `${key}[${id}]`, v, y.get(id));
    for (const [id, v] of y) if (!x.has(id)) meta(key, `${key}[${id}]`, undefined, v);
  }
}

/** Every change between two indexed releases, unordered and not yet reconciled with a change log. */
export function computeChanges(from: ReleaseIndex, to: ReleaseIndex): DraftChange[] {
  const out: DraftChange[] = [];
  compareMetadata(out, from, to);
  compareStructure(out, from, to);
  compareRequirements(out, from, to);
  return out;
}
