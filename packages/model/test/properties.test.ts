import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseAssessment, safeParseCriteria, safeParseDiff, safeParseResult, sortKeysDeep, stableStringify } from '@sisc/model';
import { fixture } from './_fixtures.js';

const parsers = { safeParseAssessment, safeParseCriteria, safeParseResult, safeParseDiff };

describe('any JSON value', () => {
  it.each(Object.entries(parsers))('%s returns issues and never throws', (_name, parse) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parse(value);
        expect(Array.isArray(r.issues)).toBe(true);
        if (!r.success) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(i.path.startsWith('$')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('near-valid assessments (one field replaced by any JSON) never throw and name the field', () => {
    const fields = ['criteria', 'organization', 'targetLevel', 'mode', 'declaration', 'answers'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
        const a = fixture('assessment.json');
        a[field] = value;
        const r = safeParseAssessment(a);
        if (!r.success) expect(r.issues.some((i) => i.path.startsWith(`$.${field}`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stableStringify', () => {
  it('writes the same JSON as JSON.stringify of the key-sorted value, and parses back to it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = stableStringify(value);
        expect(text).toBe(JSON.stringify(sortKeysDeep(value)));
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(stableStringify(reversed)).toBe(stableStringify(obj));
      }),
    );
  });
});
