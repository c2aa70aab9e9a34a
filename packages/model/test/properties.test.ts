import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseAssessment, safeParseCriteria, safeParseDiff, safeParseResult, stableStringify } from '@sisc/model';
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
  it('parses back to the same value, compact and indented alike', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const plain = JSON.parse(JSON.stringify(value));
        expect(JSON.parse(stableStringify(value))).toEqual(plain);
        expect(JSON.parse(stableStringify(value, 2))).toEqual(plain);
        const squeeze = (t: string) => t.replace(/\n */g, '').replace(/": /g, '":');
        expect(squeeze(stableStringify(value, 2))).toBe(squeeze(stableStringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('orders keys by code point, integer-like keys included', () => {
    expect(stableStringify({ b: 1, a: { z: [2, { y: 1, x: 0 }] }, '10': 1, '9': 1, '': 1 })).toBe('{"":1,"10":1,"9":1,"a":{"z":[2,{"x":0,"y":1}]},"b":1}');
    expect(stableStringify({ b: [1], a: {} }, 2)).toBe('{\n  "a": {},\n  "b": [\n    1\n  ]\n}');
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
