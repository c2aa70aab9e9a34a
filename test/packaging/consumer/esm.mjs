import assert from 'node:assert/strict';
import { safeParseAssessment, criteriaDigest, toJsonSchema } from '@sisc/model';
import { listCriteria, getCriteria } from '@sisc/criteria';
import { evaluate } from '@sisc/engine';
import { diffCriteria } from '@sisc/diff';
import { renderStandard } from '@sisc/render';
import { readChecklistWorkbook, renderChecklistWorkbook } from '@sisc/spreadsheet';
import { canonicalize, pae, PREDICATE_TYPE } from '@sisc/attest';
import { toOscalCatalog, uuidV5 } from '@sisc/interop';

const [first] = listCriteria();
const release = getCriteria(first.version);
assert.equal(criteriaDigest(release), first.digest);
assert.equal(safeParseAssessment({}).success, false);
assert.equal(toJsonSchema('assessment').$id, 'https://sisc.dev/schemas/v1/assessment.schema.json');
const assessment = {
  criteria: { scheme: release.scheme.id, version: release.version },
  organization: { name: 'ESM consumer' },
  targetLevel: 1,
  mode: 'self-declaration',
  answers: {},
};
const evaluated = evaluate(release, assessment, { asOf: '2026-04-01' });
assert.equal(evaluated.success, true);
assert.equal(evaluated.result.achievedLevel, 0);
assert.equal(diffCriteria(release, release).changes.length, 0);
assert.match(renderStandard(release, { lang: 'ja', format: 'html' }), /<html lang="ja"/);
const workbook = renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment });
assert.equal(readChecklistWorkbook(workbook, { release }).success, true);
assert.equal(canonicalize({ b: 1, a: [1e21] }), '{"a":[1e+21],"b":1}');
assert.equal(new TextDecoder().decode(pae('t', new TextEncoder().encode('x'))), 'DSSEv1 1 t 1 x');
assert.equal(PREDICATE_TYPE, 'https://sisc.dev/attestation/declaration/v1');
assert.equal(uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'https://sisc.dev/interop'), '3cc21653-1834-5cf1-8f06-2e171edf1f64');
assert.equal(toOscalCatalog(release, { lang: 'en', date: '2026-04-01' }).catalog.metadata['oscal-version'], '1.2.1');
console.log(`esm ok: ${first.version}`);
