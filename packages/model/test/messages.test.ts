/**
 * Japanese messages for sizes say what to do, in words an SIer filling in a form understands: an
 * empty text is 「空欄です」, not a lower bound of 1.
 */
import { describe, expect, it } from 'vitest';
import { localizeIssue, safeParseAssessment } from '../src/index.js';
import { fixture } from './_fixtures.js';

const ja = (data: unknown) => {
  const r = safeParseAssessment(data);
  return r.issues.map((i) => localizeIssue(i, 'ja'));
};

describe('Japanese messages for sizes', () => {
  it('calls an empty required text blank and asks to fill it in', () => {
    const a = fixture('assessment.json');
    a.organization.name = '';
    const messages = ja(a);
    expect(messages).toContain('$.organization.name: 空欄です。記入してください。');
    expect(messages.join('\n')).not.toContain('下限');
  });

  it('names the origin of the bound in the issue, for every tool that words it itself', () => {
    const a = fixture('assessment.json');
    a.organization.name = '';
    const r = safeParseAssessment(a);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'too-small', params: expect.objectContaining({ origin: 'string', limit: 1 }) })]);
  });
});
