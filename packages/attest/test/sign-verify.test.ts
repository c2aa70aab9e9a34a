import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { INPUT_BUDGET, sha256Hex, canonicalize, criteriaDigest } from '@sisc/model';
import { ENGINE_NAME, ENGINE_VERSION, SCORING_RULES_VERSION } from '@sisc/engine';
import { describe, expect, it } from 'vitest';
import {
  CHECK_NAMES,
  generateKeyPair,
  makeStatement,
  pae,
  PREDICATE_TYPE,
  sign,
  signStatement,
  StatementSchema,
  verify,
  type DsseEnvelope,
  type Verification,
} from '../src/index.js';
import { AS_OF, decodePayload, DRAFT, EXAMPLES, example, OTHER_KEY, OTHER_PUB, RELEASES, SIGNER_KEY, SIGNER_PUB } from './_fixtures.js';

const outcomes = (v: Verification) => Object.fromEntries(v.checks.map((c) => [c.check, c.outcome]));
const codes = (v: Verification) => v.issues.map((i) => i.code);
const keyidOf = (pem: string) => sha256Hex(new Uint8Array(createPublicKey(pem).export({ type: 'spki', format: 'der' })));

async function signed(name: string, asOf = AS_OF): Promise<{ assessment: Record<string, unknown>; envelope: DsseEnvelope }> {
  const assessment = example(name);
  return { assessment, envelope: await sign(assessment, DRAFT, { asOf, privateKey: SIGNER_KEY, subjectName: name }) };
}

describe.each(EXAMPLES)('sign then verify: %s', (name) => {
  it('passes every check, and the statement says what the engine computes', async () => {
    const { assessment, envelope } = await signed(name);
    const v = await verify(envelope, { publicKeys: [SIGNER_PUB], assessment, releases: RELEASES, asOf: '2026-05-01' });
    expect(v.issues).toEqual([]);
    expect(outcomes(v)).toEqual({ envelope: 'pass', signature: 'pass', subject: 'pass', criteria: 'pass', evaluation: 'pass', validity: 'pass' });
    expect(v.valid).toBe(true);
    expect(v.keyid).toBe(keyidOf(SIGNER_PUB));
    const statement = StatementSchema.parse(decodePayload(envelope.payload));
    expect(statement.subject).toEqual([{ name, digest: { sha256: sha256Hex(canonicalize(assessment)) } }]);
    expect(statement.predicateType).toBe(PREDICATE_TYPE);
    expect(statement.predicate).toMatchObject({
      criteria: { scheme: 'si-security-certification', version: '1.0.0-draft.1', digest: criteriaDigest(DRAFT) },
      scoringRules: SCORING_RULES_VERSION,
      engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
      asOf: AS_OF,
      provisional: true,
      targetLevel: assessment.targetLevel,
      mode: assessment.mode,
    });
  });

  it('verifies with Node’s own Ed25519 (node:crypto), an independent implementation', async () => {
    const { envelope } = await signed(name);
    const payload = Buffer.from(envelope.payload, 'base64');
    const message = pae(envelope.payloadType, payload);
    const [sig] = envelope.signatures;
    expect(sig!.keyid).toBe(keyidOf(SIGNER_PUB));
    expect(nodeVerify(null, message, createPublicKey(SIGNER_PUB), Buffer.from(sig!.sig, 'base64'))).toBe(true);
    expect(nodeVerify(null, message, createPublicKey(OTHER_PUB), Buffer.from(sig!.sig, 'base64'))).toBe(false);
  });

  it('gives byte-identical envelopes for the same inputs (Ed25519 is deterministic)', async () => {
    const a = await signed(name);
    const b = await signed(name);
    expect(JSON.stringify(b.envelope)).toBe(JSON.stringify(a.envelope));
  });
});

describe('claims', () => {
  it('records achieved level, conformance and the attestation of each example', async () => {
    const small = makeStatement(example('level1-small-vendor.yaml'), DRAFT, { asOf: AS_OF }).predicate;
    expect(small).toMatchObject({ achievedLevel: 1, conformant: true, attestation: { declaration: { signatory: { name: '港 健一', role: '代表取締役' }, date: '2026-03-16' } } });
    expect(small.validity).toBeUndefined();
    const gaps = makeStatement(example('level1-with-gaps.json'), DRAFT, { asOf: AS_OF }).predicate;
    expect(gaps).toMatchObject({ achievedLevel: 0, conformant: false });
    const audit = makeStatement(example('level2-infrastructure-audit.yaml'), DRAFT, { asOf: AS_OF }).predicate;
    expect(audit.attestation.audit).toMatchObject({ auditor: { name: expect.any(String) }, body: { name: expect.any(String) } });
  });

  it('carries the validity when the release sets one, and verify checks it at asOf', async () => {
    const release = { ...DRAFT, levels: DRAFT.levels.map((l) => (l.level === 1 ? { ...l, declarationValidity: 'P1Y' } : l)) };
    const assessment = example('level1-small-vendor.yaml');
    const envelope = await sign(assessment, release, { asOf: AS_OF, privateKey: SIGNER_KEY });
    const statement = StatementSchema.parse(decodePayload(envelope.payload));
    expect(statement.predicate.validity).toEqual({ period: 'P1Y', validUntil: '2027-03-16' });
    const base = { publicKeys: [SIGNER_PUB], assessment, releases: [release] };
    expect(outcomes(await verify(envelope, { ...base, asOf: '2027-03-16' })).validity).toBe('pass');
    const late = await verify(envelope, { ...base, asOf: '2027-03-17' });
    expect(late.valid).toBe(false);
    expect(codes(late)).toEqual(['declaration-expired']);
    expect(late.issues[0]!.message.ja).toContain('2027-03-16');
    expect(codes(await verify(envelope, { ...base, asOf: '2026-01-01' }))).toEqual(['before-statement']);
    expect(codes(await verify(envelope, { ...base, asOf: '2026/05/01' }))).toEqual(['invalid-as-of']);
    // The shipped draft is not the release signed against: its digest differs.
    expect(codes(await verify(envelope, { ...base, releases: RELEASES }))).toEqual(['criteria-digest-mismatch']);
  });

  it('refuses to sign an assessment that is not valid', async () => {
    await expect(sign({ criteria: DRAFT.version }, DRAFT, { asOf: AS_OF, privateKey: SIGNER_KEY })).rejects.toMatchObject({ code: 'invalid-assessment' });
  });
});

describe('tampering', () => {
  it('flipping any bit of any payload byte fails the signature', async () => {
    const { assessment, envelope } = await signed('level1-small-vendor.yaml');
    const payload = Buffer.from(envelope.payload, 'base64');
    // Every byte position, one bit each (a different bit per position), through the WebCrypto path.
    const failures = new Set<string>();
    for (let i = 0; i < payload.length; i += Math.max(1, Math.floor(payload.length / 97))) {
      const changed = Buffer.from(payload);
      changed[i] = changed[i]! ^ (1 << i % 8);
      const v = await verify({ ...envelope, payload: changed.toString('base64') }, { publicKeys: [SIGNER_PUB], assessment, releases: RELEASES });
      expect(v.valid).toBe(false);
      expect(outcomes(v).signature).toBe('fail');
      failures.add(v.checks.find((c) => c.check === 'signature')!.issues[0]!.code);
    }
    expect([...failures]).toEqual(['signature-invalid']);
    // And every single byte, through Node's implementation (fast).
    const sig = Buffer.from(envelope.signatures[0]!.sig, 'base64');
    for (let i = 0; i < payload.length; i++) {
      const changed = Buffer.from(payload);
      changed[i] = changed[i]! ^ 0x01;
      expect(nodeVerify(null, pae(envelope.payloadType, changed), createPublicKey(SIGNER_PUB), sig)).toBe(false);
    }
  });

  it('flipping any byte of the signature fails', async () => {
    const { assessment, envelope } = await signed('level1-small-vendor.yaml');
    const sig = Buffer.from(envelope.signatures[0]!.sig, 'base64');
    for (let i = 0; i < sig.length; i++) {
      const changed = Buffer.from(sig);
      changed[i] = changed[i]! ^ 0x80;
      const v = await verify({ ...envelope, signatures: [{ ...envelope.signatures[0]!, sig: changed.toString('base64') }] }, { publicKeys: [SIGNER_PUB], assessment, releases: RELEASES });
      expect(codes(v)).toEqual(['signature-invalid']);
    }
  });

  it('changing the payload type fails the signature (it is signed too)', async () => {
    const { assessment, envelope } = await signed('level1-small-vendor.yaml');
    const v = await verify({ ...envelope, payloadType: 'application/json' }, { publicKeys: [SIGNER_PUB], assessment, releases: RELEASES });
    expect(codes(v)).toEqual(['payload-type-unexpected', 'signature-invalid']);
  });

  it('another key fails, and the key ID is only a hint', async () => {
    const { assessment, envelope } = await signed('level1-small-vendor.yaml');
    const v = await verify(envelope, { publicKeys: [OTHER_PUB], assessment, releases: RELEASES });
    expect(v.valid).toBe(false);
    expect(codes(v)).toEqual(['signature-invalid']);
    expect(v.issues[0]!.message.en).toContain(keyidOf(OTHER_PUB).slice(0, 16));
    // Signed by the other key but naming the signer's key ID: still fails with the signer's key.
    const forged = await signStatement(decodePayload(envelope.payload), OTHER_KEY);
    forged.signatures[0]!.keyid = envelope.signatures[0]!.keyid;
    expect(codes(await verify(forged, { publicKeys: [SIGNER_PUB], assessment, releases: RELEASES }))).toEqual(['signature-invalid']);
    // With both keys given, the right one is found whatever the order.
    expect((await verify(envelope, { publicKeys: [OTHER_PUB, SIGNER_PUB], assessment, releases: RELEASES })).keyid).toBe(keyidOf(SIGNER_PUB));
  });

  it('a changed assessment fails the subject check', async () => {
    const { assessment, envelope } = await signed('level1-small-vendor.yaml');
    const changed = structuredClone(assessment);
    (changed.organization as { name: string }).name += '（改）';
    const v = await verify(envelope, { publicKeys: [SIGNER_PUB], assessment: changed, releases: RELEASES });
    expect(outcomes(v)).toMatchObject({ signature: 'pass', subject: 'fail', evaluation: 'fail' });
    expect(codes(v)).toEqual(['subject-mismatch', 'claim-mismatch']);
  });

  it('an envelope re-signed with a level the answers do not reach fails re-evaluation', async () => {
    const assessment = example('level1-with-gaps.json');
    const statement = makeStatement(assessment, DRAFT, { asOf: AS_OF });
    expect(statement.predicate.achievedLevel).toBe(0);
    const inflated = { ...statement, predicate: { ...statement.predicate, achievedLevel: 1, conformant: true } };
    const envelope = await signStatement(inflated, SIGNER_KEY);
    const v = await verify(envelope, { publicKeys: [SIGNER_PUB], assessment, releases: RELEASES });
    expect(outcomes(v)).toMatchObject({ signature: 'pass', subject: 'pass', criteria: 'pass', evaluation: 'fail' });
    expect(v.issues.map((i) => [i.code, i.params.field, i.params.expected, i.params.found])).toEqual([
      ['claim-mismatch', 'achievedLevel', '1', '0'],
      ['claim-mismatch', 'conformant', 'true', 'false'],
    ]);
    expect(v.issues[0]!.message.ja).toContain('achievedLevel');
  });

  it('an envelope for a release that is not shipped fails with the reason', async () => {
    const assessment = example('level1-small-vendor.yaml');
    const statement = makeStatement(assessment, DRAFT, { asOf: AS_OF });
    const other = { ...statement, predicate: { ...statement.predicate, criteria: { ...statement.predicate.criteria, version: '9.9.9' } } };
    const v = await verify(await signStatement(other, SIGNER_KEY), { publicKeys: [SIGNER_PUB], assessment, releases: RELEASES });
    expect(outcomes(v)).toMatchObject({ signature: 'pass', criteria: 'fail', evaluation: 'skipped' });
    expect(codes(v)).toEqual(['criteria-unknown']);
    expect(v.issues[0]!.message.en).toBe(
      `The declaration is made against the criteria "si-security-certification 9.9.9", which is not among the releases at hand (known: ${RELEASES.map((r) => r.version).join(', ')}).`,
    );
    expect(v.issues[0]!.message.ja).toContain('9.9.9');
  });

  it('without the assessment, the subject and the claim are skipped, not passed', async () => {
    const { envelope } = await signed('level1-small-vendor.yaml');
    const v = await verify(envelope, { publicKeys: [SIGNER_PUB], releases: RELEASES });
    expect(outcomes(v)).toEqual({ envelope: 'pass', signature: 'pass', subject: 'skipped', criteria: 'pass', evaluation: 'skipped', validity: 'skipped' });
    expect(v.valid).toBe(true);
  });
});

describe('hostile envelopes give issues, never exceptions', () => {
  const opts = { publicKeys: [SIGNER_PUB], releases: RELEASES };
  const cases: [string, unknown, string][] = [
    ['undefined', undefined, 'envelope-invalid'],
    ['null', null, 'envelope-invalid'],
    ['a number', 42, 'envelope-invalid'],
    ['a list', [], 'envelope-invalid'],
    ['text that is not JSON', '{"payloadType":', 'envelope-not-json'],
    ['bytes that are not UTF-8', new Uint8Array([0xff, 0xfe]), 'envelope-not-json'],
    ['payload of a wrong type', { payloadType: 'application/vnd.in-toto+json', payload: 7, signatures: [] }, 'envelope-invalid'],
    ['signatures not a list', { payloadType: 'application/vnd.in-toto+json', payload: '', signatures: {} }, 'envelope-invalid'],
    ['a signature not an object', { payloadType: 'application/vnd.in-toto+json', payload: '', signatures: ['x'] }, 'envelope-invalid'],
    ['a keyid not text', { payloadType: 'application/vnd.in-toto+json', payload: '', signatures: [{ sig: '', keyid: 1 }] }, 'envelope-invalid'],
    ['too many signatures', { payloadType: 'application/vnd.in-toto+json', payload: '', signatures: Array.from({ length: 1000 }, () => ({ sig: '' })) }, 'envelope-invalid'],
    ['base64 garbage', { payloadType: 'application/vnd.in-toto+json', payload: '!!!not base64@@', signatures: [{ sig: 'AAAA' }] }, 'payload-not-base64'],
    ['a payload that is not JSON', { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from('hello').toString('base64'), signatures: [{ sig: 'AAAA' }] }, 'payload-not-statement'],
    ['a payload that is another statement', { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from('{"_type":"x"}').toString('base64'), signatures: [{ sig: 'AAAA' }] }, 'payload-not-statement'],
    ['no signatures', { payloadType: 'application/vnd.in-toto+json', payload: Buffer.from('{}').toString('base64'), signatures: [] }, 'signature-missing'],
    ['a huge text', ' '.repeat(INPUT_BUDGET.bytes + 1), 'envelope-too-big'],
    ['a huge payload', { payloadType: 'application/vnd.in-toto+json', payload: 'A'.repeat(Math.ceil((INPUT_BUDGET.bytes * 4) / 3) + 8), signatures: [] }, 'envelope-too-big'],
  ];
  it.each(cases)('%s', async (_name, envelope, code) => {
    const v = await verify(envelope, opts);
    expect(v.valid).toBe(false);
    expect(v.checks.map((c) => c.check)).toEqual([...CHECK_NAMES]);
    expect(codes(v)).toContain(code);
    for (const i of v.issues) {
      expect(i.message.ja.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });

  it('a signature that is garbage, and keys that are not keys', async () => {
    const { envelope } = await signed('level1-small-vendor.yaml');
    expect(codes(await verify({ ...envelope, signatures: [{ keyid: 'x', sig: '%%%' }] }, opts))).toEqual(['signature-not-base64', 'signature-invalid']);
    expect(codes(await verify(envelope, { ...opts, publicKeys: ['not a key', 12, SIGNER_KEY, new Uint8Array(44)] }))).toEqual([
      'public-key-invalid',
      'public-key-invalid',
      'public-key-invalid',
      'public-key-invalid',
      'public-key-missing',
    ]);
    expect(codes(await verify(envelope, { releases: RELEASES } as never))).toEqual(['public-key-missing']);
    expect(codes(await verify(envelope, null as never))).toEqual(['public-key-missing', 'criteria-unknown']);
  });

  it('a hostile assessment gives issues', async () => {
    const { envelope } = await signed('level1-small-vendor.yaml');
    const v = await verify(envelope, { ...opts, assessment: { bad: 'x\ud800', n: NaN } });
    expect(codes(v)).toEqual(['assessment-not-canonical', 'assessment-invalid']);
    expect(codes(await verify(envelope, { ...opts, assessment: 'nonsense' }))).toEqual(['subject-mismatch', 'assessment-invalid']);
  });

  it('keys made by generateKeyPair sign and verify', async () => {
    const pair = await generateKeyPair();
    expect(pair.keyid).toBe(keyidOf(pair.publicKey));
    const assessment = example('level1-small-vendor.yaml');
    const envelope = await sign(assessment, DRAFT, { asOf: AS_OF, privateKey: pair.privateKey });
    expect(envelope.signatures[0]!.keyid).toBe(pair.keyid);
    expect((await verify(envelope, { publicKeys: [pair.publicKey], assessment, releases: RELEASES })).valid).toBe(true);
  });
});
