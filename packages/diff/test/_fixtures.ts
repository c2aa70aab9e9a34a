/**
 * Fixture releases derived from the draft (`@sisc/criteria` 1.0.0-draft.1): the draft as it is, or
 * re-labelled as an effective release, with edits. None of them is shipped as a release.
 */
import { getCriteria } from '@sisc/criteria';
import type { Assessment, ChangeLogEntry, CriteriaRelease, Item, LocalizedText, Requirement } from '@sisc/model';

export const DRAFT_VERSION = '1.0.0-draft.1';

/** A mutable copy of the draft. */
export function draft(): CriteriaRelease {
  return structuredClone(getCriteria(DRAFT_VERSION)) as CriteriaRelease;
}

/**
 * The draft's content as a release with the given version: a prerelease stays a draft, any other
 * version is effective from 2026-04-01. `edit` changes it further.
 */
export function release(version: string, edit: (r: CriteriaRelease) => void = () => {}): CriteriaRelease {
  const r = draft();
  r.version = version;
  if (!version.includes('-')) {
    r.status = 'effective';
    r.dates = { effectiveFrom: '2026-04-01' };
  }
  edit(r);
  return r;
}

export function requirement(r: CriteriaRelease, id: string): Requirement {
  for (const c of r.categories) for (const it of c.items) for (const q of it.requirements) if (q.id === id) return q;
  throw new Error(`fixture: no requirement ${id}`);
}

export function item(r: CriteriaRelease, id: string): Item {
  for (const c of r.categories) for (const it of c.items) if (it.id === id) return it;
  throw new Error(`fixture: no item ${id}`);
}

/** Takes a requirement out of its item and returns it. */
export function removeRequirement(r: CriteriaRelease, id: string): Requirement {
  for (const c of r.categories)
    for (const it of c.items) {
      const i = it.requirements.findIndex((q) => q.id === id);
      if (i >= 0) return it.requirements.splice(i, 1)[0]!;
    }
  throw new Error(`fixture: no requirement ${id}`);
}

export function moveRequirement(r: CriteriaRelease, id: string, toItem: string): void {
  item(r, toItem).requirements.push(removeRequirement(r, id));
}

export function ja(text: string): LocalizedText {
  return { ja: text, en: `(en) ${text}` };
}

export function newRequirement(id: string, level: number, extra: Partial<Requirement> = {}): Requirement {
  return {
    id,
    level,
    kind: 'detailed-requirement',
    text: ja(`新しい要求事項 ${id}`),
    naPolicy: { allowed: false, justificationRequired: true },
    evidence: [],
    status: 'active',
    references: [],
    mappings: [],
    ...extra,
  };
}

export function retire(r: CriteriaRelease, id: string, since: string, replacedBy: string[] = []): void {
  const q = requirement(r, id);
  q.status = 'retired';
  q.retired = { since, reason: ja('見直しにより廃止'), replacedBy };
}

export function entry(id: string, change: ChangeLogEntry['change'], related: string[] = []): ChangeLogEntry {
  return { id, change, reason: ja(`${id} の変更理由`), related };
}

export function withLog(r: CriteriaRelease, from: string, entries: ChangeLogEntry[]): CriteriaRelease {
  r.changeLog = { from, entries };
  return r;
}

/** Every requirement ID of a release, in source order. */
export function requirementIds(r: CriteriaRelease): string[] {
  return r.categories.flatMap((c) => c.items.flatMap((it) => it.requirements.map((q) => q.id)));
}

/** A self-declaration against `r` that answers the given requirements (all of its active ones by default). */
export function assessment(r: CriteriaRelease, answers?: Assessment['answers'], targetLevel = 1): Assessment {
  const all: Assessment['answers'] = {};
  if (!answers) {
    for (const c of r.categories)
      for (const it of c.items)
        for (const q of it.requirements) {
          if (q.status !== 'active') continue;
          all[q.id] = q.naPolicy.allowed
            ? { status: 'not-applicable', justification: '該当する委託先がない', evidence: [] }
            : { status: 'met', evidence: [{ title: `${q.id} の証跡`, date: '2026-04-10' }] };
        }
  }
  return {
    criteria: { scheme: r.scheme.id, version: r.version },
    organization: { name: 'テスト株式会社' },
    targetLevel,
    mode: 'self-declaration',
    declaration: { signatory: { name: '山田太郎', role: '代表取締役社長' }, date: '2026-04-15' },
    answers: answers ?? all,
  };
}
