import { describe, expect, it } from 'vitest';
import { closestMatches } from '@sisc/model';

const IDS = ['GOV-01.01', 'GOV-01.02', 'BLD-01.01', 'BLD-01.02', 'BLD-02.01'];

describe('closestMatches ("did you mean")', () => {
  it.each([
    ['a swap of two digits', 'BLD-01.10', IDS, ['BLD-01.01']],
    ['case only', 'Met', ['met', 'not-met', 'not-applicable'], ['met']],
    ['a missing hyphen', '--asof', ['--as-of', '--out', '--format'], ['--as-of']],
    ['case and a hyphen', 'NotMet', ['met', 'not-met'], ['not-met']],
    ['one letter off, two candidates equally near', 'BLD-01.0', IDS, ['BLD-01.01', 'BLD-01.02']],
    ['nothing near', 'xyz', ['met', 'not-met'], []],
    ['too short to guess', 'm', ['md', 'html'], []],
    ['an exact match is no suggestion', 'met', ['met'], []],
    ['empty', '', ['met'], []],
  ])('%s: %s', (_name, value, candidates, expected) => {
    expect(closestMatches(value, candidates)).toEqual(expected);
  });

  it('gives up to `limit` equally near candidates, in the order given, and no guess when more are', () => {
    expect(closestMatches('abcd', ['abce', 'abcf'], 2)).toEqual(['abce', 'abcf']);
    expect(closestMatches('abcd', ['abce', 'abcf', 'abcg'], 2)).toEqual([]);
    expect(closestMatches('OPS-04.01', ['OPS-01.01', 'OPS-02.01', 'OPS-03.01'])).toEqual([]);
  });

  it('never takes long over a long value', () => {
    expect(closestMatches('x'.repeat(100_000), IDS)).toEqual([]);
  });
});
