const assert = require('node:assert/strict');
const { safeParseAssessment, criteriaDigest } = require('@sisc/model');
const { listCriteria, getCriteria } = require('@sisc/criteria');
const { evaluate } = require('@sisc/engine');
const { diffCriteria } = require('@sisc/diff');
const { renderStandard } = require('@sisc/render');
const { canonicalize, PREDICATE_TYPE } = require('@sisc/attest');

const [first] = listCriteria();
const release = getCriteria(first.version);
assert.equal(criteriaDigest(release), first.digest);
assert.equal(safeParseAssessment(null).success, false);
const evaluated = evaluate(release, { criteria: { scheme: release.scheme.id, version: release.version }, organization: { name: 'CJS consumer' }, targetLevel: 1, mode: 'self-declaration', answers: {} }, { asOf: '2026-04-01' });
assert.equal(evaluated.success, true);
assert.equal(diffCriteria(release, release).changes.length, 0);
assert.match(renderStandard(release, { lang: 'en', format: 'markdown' }), /1\.0\.0|0\./);
assert.equal(canonicalize({ b: 1, a: 'é' }), '{"a":"é","b":1}');
assert.equal(PREDICATE_TYPE, 'https://sisc.dev/attestation/declaration/v1');
console.log(`cjs ok: ${first.version}`);
