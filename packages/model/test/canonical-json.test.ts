import { describe, expect, it } from 'vitest';
import { canonicalize, CanonicalizationError, safeCanonicalize, stableStringify } from '../src/index.js';

/** RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text. */
const NUMBERS: [string, string][] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'],
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('canonicalize (RFC 8785, JCS)', () => {
  it.each(NUMBERS)('writes the IEEE 754 value %s as %s (Appendix B)', (bits, text) => {
    expect(canonicalize(fromBits(bits))).toBe(text);
    expect(canonicalize([fromBits(bits)])).toBe(`[${text}]`);
  });

  it.each([
    ['7fffffffffffffff', 'NaN'],
    ['7ff0000000000000', 'Infinity'],
    ['fff0000000000000', '-Infinity'],
  ])('refuses %s (%s), as Appendix B says', (bits) => {
    expect(() => canonicalize(fromBits(bits))).toThrow(CanonicalizationError);
    expect(safeCanonicalize({ a: [1, fromBits(bits)] })).toMatchObject({ success: false, path: '$.a[1]' });
  });

  it('gives the output of the RFC example of §3.2.2 for its input', () => {
    // The input of RFC 8785 §3.2.2, as JSON text: parsing it is part of the example.
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalize(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('sorts member names by UTF-16 code units (the example of §3.2.3)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const names = Object.keys(JSON.parse(canonicalize(input)) as object);
    // JSON.parse puts "1" (an integer-like key) first whatever the text says; read the order from the text.
    const order = [...canonicalize(input).matchAll(/"([^"]+)":"([^"]+)"/g)].map((m) => m[2]);
    expect(names).toHaveLength(7);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('writes strings with only the escapes JSON needs, lowercase hex', () => {
    expect(canonicalize('\u0000\u001f\b\f\n\r\t"\\/\u007f\u2028é😀')).toBe('"\\u0000\\u001f\\b\\f\\n\\r\\t\\"\\\\/\u007f\u2028é😀"');
  });

  it('refuses what JSON data cannot carry, naming the place', () => {
    expect(safeCanonicalize({ a: 'x\ud800' })).toMatchObject({ success: false, path: '$.a' });
    expect(safeCanonicalize({ '\udfff': 1 })).toMatchObject({ success: false, path: '$["\\udfff"]' });
    expect(safeCanonicalize([1n])).toMatchObject({ success: false, path: '$[0]' });
    expect(safeCanonicalize([() => 1])).toMatchObject({ success: false });
    expect(safeCanonicalize([undefined])).toMatchObject({ success: false, path: '$[0]' });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(safeCanonicalize(cycle)).toMatchObject({ success: false, path: '$.self' });
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(safeCanonicalize(deep).success).toBe(false);
  });

  it('agrees with stableStringify on every JSON value (the form digests used before JCS)', () => {
    const samples: unknown[] = [
      { b: 1, a: [true, null, { z: 'é', y: -0, '10': 1, '9': 2 }], '': 1e21, c: 0.1 + 0.2 },
      { '\u20ac': 1, '\ud83d\ude00': 2, '\ufb33': 3, '\u0080': 4 },
      [1.5e-7, 123456789012345680000, -5e-324, 'tab\there'],
      { omitted: undefined, kept: 1 },
    ];
    for (const s of samples) expect(canonicalize(s)).toBe(stableStringify(s));
    // Where they differ: values JSON cannot carry, which stableStringify wrote as null or \u escapes.
    expect(stableStringify([NaN, Infinity])).toBe('[null,null]');
    expect(stableStringify('\ud800')).toBe('"\\ud800"');
    expect(safeCanonicalize([NaN]).success).toBe(false);
    expect(safeCanonicalize('\ud800').success).toBe(false);
  });
});
