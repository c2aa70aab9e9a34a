import { siscUuid, SISC_NAMESPACE, URL_NAMESPACE, uuidV5 } from '@sisc/interop';
import { describe, expect, it } from 'vitest';

describe('uuidV5', () => {
  it('matches the RFC 9562 / Python uuid.uuid5 vectors', () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // uuid.uuid5(uuid.NAMESPACE_URL, 'https://sisc.dev/interop') is the sisc namespace
    expect(uuidV5(URL_NAMESPACE, 'https://sisc.dev/interop')).toBe(SISC_NAMESPACE);
  });

  it('hashes the name as UTF-8 and sets version 5 and the RFC variant', () => {
    const u = siscUuid('oscal', 'catalog', '要求事項');
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u).toBe(siscUuid('oscal', 'catalog', '要求事項'));
    expect(u).not.toBe(siscUuid('oscal', 'catalog', '要求事項 '));
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow(/namespace/);
  });
});
