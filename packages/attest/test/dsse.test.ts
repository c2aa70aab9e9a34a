import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../src/_base64.js';
import { pae } from '../src/index.js';

describe('DSSE pre-authentication encoding', () => {
  it('matches the example of the DSSE specification', () => {
    const out = pae('http://example.com/HelloWorld', new TextEncoder().encode('hello world'));
    expect(new TextDecoder().decode(out)).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  it('counts bytes, not characters', () => {
    const out = pae('t/ä', new TextEncoder().encode('評価'));
    expect(new TextDecoder().decode(out)).toBe('DSSEv1 4 t/ä 6 評価');
  });
});

describe('base64', () => {
  it('round-trips every length and agrees with Node', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 0xff);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
      expect(fromBase64(Buffer.from(bytes).toString('base64url'))).toEqual(bytes);
    }
  });

  it.each(['a', 'ab=c', 'abc!', '====', 'ab==cd==', 'abd=', 'a b c d'])('refuses %j', (text) => {
    expect(fromBase64(text)).toBeUndefined();
  });
});
