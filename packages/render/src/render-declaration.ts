import { assurancePolicy, releaseStatusPolicy, SiscError, type Assessment, type ReadonlyAssessmentInput, type CriteriaReleaseInput, type EvaluationResult } from '@sisc/model';
import { finish, releaseTitle } from './_document.js';
import { loc, plain, WORDS } from './_i18n.js';
import { assertAssessmentFor, assertResultFor, checkAssessment, checkRelease, checkResult, type CheckedRelease } from './_inputs.js';
import { code, EMPTY, esc, link, MarkdownDoc, md, strong, untrusted, type ListItem, type Md } from './_markdown.js';
import { readOptions, type Lang } from './_options.js';
import { blockerList, evidenceLines, levelTitle } from './render-report.js';
import { readSignature, signatureSection, type SignatureSummary } from './_signature.js';
import type { RenderOptions } from './render-standard.js';

/** Options of the declaration. */
export interface DeclarationOptions extends RenderOptions {
  /** The electronic signature of the declaration (@sisc/attest): its key ID and verification outcome. */
  signature?: SignatureSummary;
}

/**
 * The self-declaration of conformity (自己適合宣言書) from an assessment and its result: who
 * declares (the organisation and the signatory, by name and role), for which level, against which
 * release (title, version, digest), on what date, and until when it is valid where the release
 * sets a validity; then, requirement by requirement, the answers it rests on and the
 * justifications of "not applicable".
 *
 * The level declared is the target level when that level is self-declared, otherwise the highest
 * self-declared level below it (an audited level is certified, not declared). When the result
 * does not achieve that level, the document says plainly that it cannot be used as a
 * declaration, and lists what is missing, instead of the statement.
 *
 * With `options.signature`, a section shows the electronic signature's key ID and verification outcome.
 *
 * Text from the assessment is untrusted and always shown as text (see renderReport).
 * @throws ValidationError for inputs that are not valid; SiscError `criteria-mismatch` when the
 *   result or the assessment belongs to another release, `invalid-option` for bad options, an
 *   assessment the result was not computed from, or a release with no self-declared level at or
 *   below the target level.
 */
export function renderDeclaration(assessment: ReadonlyAssessmentInput, result: EvaluationResult, criteria: CriteriaReleaseInput, options: DeclarationOptions): string {
  const { lang, format } = readOptions(options, ['markdown', 'html'] as const, 'renderDeclaration');
  const signature = readSignature(options.signature, 'renderDeclaration');
  const a = checkAssessment(assessment);
  const res = checkResult(result);
  const c = checkRelease(criteria);
  assertResultFor(res, c);
  assertAssessmentFor(a, res);
  const declared = c.release.levels.filter((l) => assurancePolicy(l.assurance).attestation === 'declaration' && l.level <= res.targetLevel).at(-1);
  if (!declared) {
    throw new SiscError('invalid-option', `renderDeclaration: ${c.release.scheme.id} ${c.release.version} has no self-declared level at or below the target level ${res.targetLevel}.`);
  }
  const w = WORDS[lang];
  const title = `${w.declarationTitle} — ${res.organization.name}`;
  return finish(declarationMarkdown(a, res, c, declared.level, lang, signature), { lang, format, title, release: c.release, draft: res.basis.provisional });
}

function declarationMarkdown(a: Assessment, res: EvaluationResult, c: CheckedRelease, level: number, lang: Lang, signature: SignatureSummary | undefined): string {
  const w = WORDS[lang];
  const r = c.release;
  const levelResult = res.levels.find((l) => l.level === level);
  const achieved = levelResult?.achieved === true;
  const name = levelTitle(c, level, lang);
  const doc = new MarkdownDoc();
  doc.heading(1, esc(achieved ? w.declarationTitle : w.declarationNotIssued));
  if (res.basis.provisional) doc.notice(md`${strong(w.provisional)} ${w.provisionalBanner(r.version)}`);
  if (achieved) doc.paragraph(w.declares(untrusted(res.organization.name), loc(r.title, lang), esc(r.version), name));
  else doc.notice(md`${strong(w.declarationNotIssued)} ${w.cannotDeclare(plain(r.levels.find((l) => l.level === level)!.name, lang))}`);

  const d = a.declaration;
  const validUntil = levelResult?.validUntil;
  doc.heading(2, esc(w.declarationDetails), 'declaration');
  // Only rows with something in them: a form with an empty 法人番号 row looks unfinished.
  doc.table(
    [esc(w.fieldCol), esc(w.valueCol)],
    [
      [esc(w.declarant), untrusted(res.organization.name)],
      ...(res.organization.corporateNumber ? [[esc(w.corporateNumber), untrusted(res.organization.corporateNumber)]] : []),
      ...(d ? [[esc(w.representative), untrusted(d.signatory.name)], [esc(w.representativeRole), untrusted(d.signatory.role)], [esc(w.declarationDate), esc(d.date)]] : []),
      [esc(w.declaredLevel), name],
      [esc(w.criteria), releaseTitle(r, lang)],
      [esc(w.version), md`${r.version}${releaseStatusPolicy(r.status).provisional ? w.paren(esc(w.status.draft)) : EMPTY}`],
      [esc(w.digest), code(c.digest)],
      ...(validUntil !== undefined ? [[esc(w.validUntil), esc(validUntil)]] : []),
      [esc(w.evaluatedOn), esc(res.basis.asOf)],
    ],
  );

  // The box the representative signs or stamps (押印); the date, role and name are filled in from
  // the declaration, or left for the pen when the assessment records none. A declaration that is
  // not issued has nothing to sign.
  if (achieved) {
    doc.heading(2, esc(w.signatureLine), 'signature');
    doc.paragraph(esc(w.signatureIntro));
    doc.table(
      [esc(w.signDate), esc(w.representativeName), esc(w.signatureBox), esc(w.sealBox)],
      [[d ? esc(d.date) : EMPTY, d ? md`${untrusted(d.signatory.role)} ${untrusted(d.signatory.name)}` : EMPTY, EMPTY, EMPTY]],
    );
  }

  if (signature) signatureSection(doc, signature, lang);

  if (!achieved && levelResult) {
    doc.heading(2, esc(w.unmet), 'unmet');
    doc.list(blockerList(levelResult, lang));
  }

  doc.heading(2, esc(w.conformity), 'conformity');
  doc.paragraph(esc(w.conformityIntro(plain(r.levels.find((l) => l.level === level)!.name, lang))));
  const rows = res.requirements.filter((q) => q.level <= level);
  doc.table(
    [esc(w.idCol), esc(w.itemCol), esc(w.requirementCol), esc(w.answerCol)],
    rows.map((q) => {
      const located = c.byId.get(q.id);
      const verdict = w.verdict[q.verdict];
      return [
        md`${doc.claim(q.id)}${q.id}`,
        located ? md`${located.item.id} ${loc(located.item.name, lang)}` : EMPTY,
        located ? loc(located.requirement.text, lang) : EMPTY,
        q.satisfied ? esc(verdict) : strong(verdict),
      ];
    }),
  );

  const claims = rows.filter((q) => q.verdict === 'not-applicable');
  if (claims.length > 0) {
    doc.heading(2, esc(w.naJustifications), 'not-applicable');
    doc.list(
      claims.map((q): ListItem => {
        const answer = a.answers[q.id];
        const justification = answer?.justification !== undefined && answer.justification.trim() !== '' ? untrusted(answer.justification) : esc(w.noJustification);
        const head: Md = md`${link(q.id, q.id)}${w.colon}${justification}`;
        return answer && answer.evidence.length > 0 ? { item: head, children: evidenceLines(answer.evidence, lang) } : head;
      }),
    );
  }
  return doc.toString();
}
