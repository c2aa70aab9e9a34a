import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { addDuration, compareDurations, criteriaDigest, isCalendarDate, isValidCorporateNumber, parseCriteria, sha256Hex, stableStringify } from '@sisc/model';
import { fixture } from './_fixtures.js';

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('agrees with node:crypto on any text, Japanese included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('criteriaDigest', () => {
  it('is the SHA-256 of the canonical JSON and ignores $schema and key order', () => {
    const a = parseCriteria(fixture('release.json'));
    const raw = fixture('release.json');
    delete raw.$schema;
    const b = parseCriteria(JSON.parse(stableStringify(raw)));
    expect(criteriaDigest(a)).toBe(criteriaDigest(b));
    const { $schema: _s, ...content } = a;
    expect(criteriaDigest(a)).toBe(createHash('sha256').update(stableStringify(content)).digest('hex'));
  });
  it('changes when the content changes', () => {
    const raw = fixture('release.json');
    const before = criteriaDigest(parseCriteria(raw));
    raw.categories[0].items[0].requirements[0].text.ja += '。';
    expect(criteriaDigest(parseCriteria(raw))).not.toBe(before);
  });
});

describe('dates and durations', () => {
  it.each([
    ['2026-01-31', 'P1M', '2026-02-28'],
    ['2024-02-29', 'P1Y', '2025-02-28'],
    ['2026-04-01', 'P1Y', '2027-04-01'],
    ['2026-12-15', 'P6M', '2027-06-15'],
    ['2026-12-31', 'P1D', '2027-01-01'],
    ['2026-01-01', 'P2W', '2026-01-15'],
    ['2026-01-01', 'P1Y2M3D', '2027-03-04'],
    ['0000-02-29', 'P1D', '0000-03-01'],
    ['0099-12-31', 'P1D', '0100-01-01'],
  ])('%s + %s = %s', (date, duration, expected) => {
    expect(addDuration(date, duration)).toBe(expected);
  });
  it('compares durations by length', () => {
    expect(compareDurations('P6M', 'P1Y')).toBeLessThan(0);
    expect(compareDurations('P12M', 'P1Y')).toBe(0);
    expect(compareDurations('P2Y', 'P365D')).toBeGreaterThan(0);
  });
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['0000-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-4-1', false],
  ])('isCalendarDate(%s) = %s', (d, ok) => expect(isCalendarDate(d)).toBe(ok));
});

describe('法人番号 check digit', () => {
  it('accepts numbers whose check digit matches and rejects others', () => {
    // The one real number in the repository, on purpose: the National Tax Agency's own (国税庁),
    // its published example, checks the algorithm against the world. Example and test data use
    // fictional numbers such as 7990412345678.
    expect(isValidCorporateNumber('7000012050002')).toBe(true);
    expect(isValidCorporateNumber('7990412345678')).toBe(true);
    for (let d = 1; d <= 9; d++) {
      const n = `${d}000012050002`;
      expect(isValidCorporateNumber(n)).toBe(d === 7);
    }
    expect(isValidCorporateNumber('700001205000')).toBe(false);
  });
});
