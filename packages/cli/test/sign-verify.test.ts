import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pae } from '@sisc/attest';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, FIXTURES, sisc, tempDir } from './_harness.js';

const KEY = join(FIXTURES, 'test-signer.key');
const PUB = join(FIXTURES, 'test-signer.pub');

describe('sisc keygen', () => {
  it('writes NAME.key readable by the owner only and NAME.pub, and never overwrites', async () => {
    const dir = tempDir();
    const first = await sisc(['keygen', '--out', 'signer'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/key ID [0-9a-f]{64}/);
    expect(statSync(join(dir, 'signer.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'signer.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(readFileSync(join(dir, 'signer.pub'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const before = readFileSync(join(dir, 'signer.key'), 'utf8');
    const again = await sisc(['keygen', '--out', 'signer'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('signer.key already exists');
    expect(readFileSync(join(dir, 'signer.key'), 'utf8')).toBe(before);
    // Only the public half existing is refused too.
    writeFileSync(join(dir, 'other.pub'), 'x');
    expect((await sisc(['keygen', '--out', 'other'], { cwd: dir })).code).toBe(2);
    expect(existsSync(join(dir, 'other.key'))).toBe(false);
    expect((await sisc(['keygen'], { cwd: dir })).code).toBe(2);
  });
});

describe.each(['level1-small-vendor.yaml', 'level1-with-gaps.json', 'level2-infrastructure-audit.yaml'])('sisc sign then verify: %s', (name) => {
  it('verifies with the key pair keygen made, and fails with any tamper', async () => {
    const dir = tempDir();
    expect((await sisc(['keygen', '--out', 'k'], { cwd: dir })).code).toBe(0);
    const file = join(EXAMPLES, name);
    const signed = await sisc(['sign', file, '--key', 'k.key', '--as-of', '2026-04-01', '--out', 'd.json'], { cwd: dir });
    expect(signed.code, signed.stderr).toBe(0);
    const ok = await sisc(['verify', 'd.json', '--key', 'k.pub', '--assessment', file, '--as-of', '2026-04-30'], { cwd: dir });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain('Verified: every check passed.');
    // Node's own Ed25519 agrees.
    const env = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8'));
    expect(nodeVerify(null, pae(env.payloadType, Buffer.from(env.payload, 'base64')), createPublicKey(readFileSync(join(dir, 'k.pub'))), Buffer.from(env.signatures[0].sig, 'base64'))).toBe(true);
    // Another key: exit 1.
    const other = await sisc(['verify', 'd.json', '--key', PUB, '--assessment', file], { cwd: dir });
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('No signature verifies');
    // A changed assessment: exit 1.
    writeFileSync(join(dir, 'changed.json'), JSON.stringify({ ...JSON.parse(JSON.stringify(env)), x: 1 }));
    const changed = await sisc(['verify', 'd.json', '--key', 'k.pub', '--assessment', 'changed.json'], { cwd: dir });
    expect(changed.code).toBe(1);
    // One payload byte changed: exit 1.
    const bytes = Buffer.from(env.payload, 'base64');
    const mid = bytes.length >> 1;
    bytes[mid] = bytes[mid]! ^ 1;
    writeFileSync(join(dir, 't.json'), JSON.stringify({ ...env, payload: bytes.toString('base64') }));
    expect((await sisc(['verify', 't.json', '--key', 'k.pub'], { cwd: dir })).code).toBe(1);
  });
});

describe('sisc sign and verify, edge cases', () => {
  it('the committed envelope is what sign makes today (deterministic, and fresh)', async () => {
    const out = await sisc(['sign', join(EXAMPLES, 'level1-small-vendor.yaml'), '--key', KEY, '--as-of', '2026-04-01']);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(readFileSync(join(FIXTURES, 'level1-small-vendor.dsse.json'), 'utf8'));
  });

  it('exit 2 for a key that is not a key, a missing file, an unparsable assessment', async () => {
    const file = join(EXAMPLES, 'level1-small-vendor.yaml');
    const wrongKind = await sisc(['sign', file, '--key', PUB]);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain('is not an Ed25519 private key');
    expect((await sisc(['sign', file])).code).toBe(2);
    expect((await sisc(['verify', join(FIXTURES, 'level1-small-vendor.dsse.json'), '--key', KEY])).code).toBe(2);
    expect((await sisc(['verify', 'nope.json', '--key', PUB])).code).toBe(2);
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'a: [');
    expect((await sisc(['verify', join(FIXTURES, 'level1-small-vendor.dsse.json'), '--key', PUB, '--assessment', join(dir, 'bad.yaml')])).code).toBe(2);
    const invalid = await sisc(['sign', join(dir, 'bad.yaml'), '--key', KEY]);
    expect(invalid.code).toBe(2);
  });

  it('--format json lists every check', async () => {
    const out = await sisc(['verify', join(FIXTURES, 'level1-small-vendor.dsse.json'), '--key', PUB, '--format', 'json']);
    expect(out.code).toBe(0);
    const v = JSON.parse(out.stdout);
    expect(v.checks.map((c: { check: string; outcome: string }) => `${c.check}:${c.outcome}`)).toEqual([
      'envelope:pass',
      'signature:pass',
      'subject:skipped',
      'criteria:pass',
      'evaluation:skipped',
      'validity:skipped',
    ]);
  });
});
