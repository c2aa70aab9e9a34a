import { safeParseAssessment, type Assessment, type EvaluationResult, type Issue } from '@sisc/model';
import { getCriteria, listCriteria } from '@sisc/criteria';
import { evaluate } from '@sisc/engine';
import { readChecklistWorkbook, renderChecklistWorkbook, type ReadResult } from '@sisc/spreadsheet';
import { verify, type Verification, type DsseEnvelope } from '@sisc/attest';
import { fromOscalAssessmentResults, toOscalAssessmentResults, type ImportOutcome, type OscalAssessmentResultsDocument } from '@sisc/interop';

const input: unknown = JSON.parse('{"answers":{}}');
const parsed = safeParseAssessment(input);
const issues: Issue[] = parsed.issues;
if (parsed.success) {
  const a: Assessment = parsed.data;
  const level: number = a.targetLevel;
  console.log(level);
}
const release = getCriteria(listCriteria()[0]!.version);
const out = evaluate(release, input, { asOf: '2026-04-01' });
if (out.success) {
  const r: EvaluationResult = out.result;
  const achieved: number = r.achievedLevel;
  console.log(achieved, issues.length);
}
const bytes: Uint8Array = renderChecklistWorkbook(release, { level: 1, lang: 'ja' });
const read: ReadResult = readChecklistWorkbook(bytes, { release });
if (read.success) console.log(Object.keys(read.assessment.answers).length);
const envelope: DsseEnvelope = { payloadType: 'application/vnd.in-toto+json', payload: '', signatures: [] };
void verify(envelope, { publicKeys: [], releases: [release] }).then((v: Verification) => console.log(v.valid, v.checks.length));
if (out.success && parsed.success) {
  const doc: OscalAssessmentResultsDocument = toOscalAssessmentResults(release, parsed.data, out.result, { lang: 'en' });
  const back: ImportOutcome = fromOscalAssessmentResults(doc, release);
  if (back.success) console.log(back.assessment.targetLevel);
}
