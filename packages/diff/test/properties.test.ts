import fc from 'fast-check';
import { getCriteria } from '@sisc/criteria';
import { parseAssessment, safeParseAssessment, stableStringify, type CriteriaDiff } from '@sisc/model';
import { describe, expect, it } from 'vitest';
import { diffCriteria, migrateAssessment } from '../src/index.js';
import { DRAFT_VERSION, assessment, draft } from './_fixtures.js';
import { applyEdits, assessmentArb, editsArb, releaseArb, shuffleKeysArb, shuffled } from './_arbitraries.js';

/**
 * What must not depend on the order of the sources: the changes, the semver verdict and which
 * issues there are. (Issue paths point at places in the documents, so they follow positions.)
 */
const orderFree = (d: CriteriaDiff) => ({
  changes: d.changes,
  semver: d.semver,
  issues: d.issues.map(({ code, severity, requirementId, params }) => stableStringify({ code, severity, requirementId, params })).sort(),
});

describe('properties of diffCriteria', () => {
  it('diff(a, a) is empty: the draft', () => {
    const d = diffCriteria(getCriteria(DRAFT_VERSION), draft());
    expect([d.changes, d.issues, d.semver]).toEqual([[], [], { required: 'none', actual: 'none', honoured: true }]);
  });

  it('diff(a, a) is empty: generated releases', () => {
    fc.assert(
      fc.property(releaseArb, (a) => {
        const d = diffCriteria(a, structuredClone(a));
        expect(d.changes).toEqual([]);
        expect(d.issues).toEqual([]);
        expect(d.semver.required).toBe('none');
      }),
      { numRuns: 150 },
    );
  });

  it('a release and a shuffled copy of it have no changes (the draft and generated ones)', () => {
    fc.assert(
      fc.property(fc.oneof(releaseArb, fc.constant(draft())), shuffleKeysArb, (a, keys) => {
        expect(diffCriteria(a, shuffled(a, keys)).changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('the diff does not depend on the order of entries in the sources', () => {
    fc.assert(
      fc.property(releaseArb, editsArb, shuffleKeysArb, shuffleKeysArb, (a, edits, k1, k2) => {
        const b = applyEdits(a, edits);
        const plainDiff = diffCriteria(a, b);
        expect(orderFree(diffCriteria(shuffled(a, k1), shuffled(b, k2)))).toEqual(orderFree(plainDiff));
      }),
      { numRuns: 200 },
    );
  });

  it('every requirement that differs has a change, and no other one does', () => {
    fc.assert(
      fc.property(releaseArb, editsArb, (a, edits) => {
        const b = applyEdits(a, edits);
        const index = (r: typeof a) => new Map(r.categories.flatMap((c) => c.items.flatMap((it) => it.requirements.map((q) => [q.id, JSON.stringify({ ...q, item: it.id })] as const))));
        const [x, y] = [index(a), index(b)];
        const differing = [...new Set([...x.keys(), ...y.keys()])].filter((id) => x.get(id) !== y.get(id)).sort();
        const changed = [...new Set(diffCriteria(a, b).changes.filter((c) => c.target === 'requirement').map((c) => c.id))].sort();
        expect(changed).toEqual(differing);
      }),
      { numRuns: 200 },
    );
  });
});

describe('properties of migrateAssessment', () => {
  it('migrating through an unchanged release is the identity (the draft)', () => {
    const input = assessment(getCriteria(DRAFT_VERSION));
    const { assessment: out, report } = migrateAssessment(input, getCriteria(DRAFT_VERSION), draft());
    expect(out).toEqual(parseAssessment(input));
    expect([report.dropped, report.mustAnswer]).toEqual([[], []]);
  });

  it('migrating through an unchanged release is the identity (generated releases and assessments)', () => {
    fc.assert(
      fc.property(
        releaseArb.chain((a) => fc.tuple(fc.constant(a), assessmentArb(a))),
        ([a, x]) => {
          const { assessment: out, report } = migrateAssessment(x, a, structuredClone(a));
          expect(out).toEqual(parseAssessment(x));
          expect(report.carried).toEqual(Object.keys(x.answers).sort());
          expect([report.dropped, report.mustAnswer, report.issues]).toEqual([[], [], []]);
          // The same content under a new version number: only the version named changes.
          const renamed = migrateAssessment(x, a, { ...structuredClone(a), version: '1.0.0-draft.9' }).assessment;
          expect(renamed).toEqual({ ...parseAssessment(x), criteria: { ...x.criteria, version: '1.0.0-draft.9' } });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a migrated assessment is valid, answers only active requirements of `to` it could answer, and loses no answer unreported', () => {
    fc.assert(
      fc.property(
        releaseArb.chain((a) => fc.tuple(fc.constant(a), assessmentArb(a), editsArb)),
        ([a, x, edits]) => {
          const b = applyEdits(a, edits);
          const { assessment: out, report } = migrateAssessment(x, a, b);
          expect(safeParseAssessment(out).success).toBe(true);
          expect(out.criteria.version).toBe(b.version);
          const inTo = new Map(b.categories.flatMap((c) => c.items.flatMap((it) => it.requirements.map((q) => [q.id, q.status] as const))));
          for (const id of Object.keys(out.answers)) expect(inTo.has(id)).toBe(true);
          // Every answer is either carried (unchanged) or dropped (kept in the report), never both.
          const dropped = report.dropped.map((d) => d.id);
          expect([...report.carried, ...dropped].sort()).toEqual(Object.keys(x.answers).sort());
          for (const id of report.carried) expect(out.answers[id]).toEqual(parseAssessment(x).answers[id]);
          // What must be answered is active in `to`, and not answered already.
          for (const m of report.mustAnswer) {
            expect(inTo.get(m.id)).toBe('active');
            expect(out.answers[m.id]).toBeUndefined();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
