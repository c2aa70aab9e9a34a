import { localize, type Assessment, type ReadonlyAssessmentInput, type CriteriaReleaseInput, type EvaluationResult, type LevelResult } from '@sisc/model';
import { finish, statusNotice } from './_document.js';
import { loc, percent, WORDS } from './_i18n.js';
import { assertAssessmentFor, assertResultFor, checkAssessment, checkRelease, checkResult, type CheckedRelease } from './_inputs.js';
import { code, esc, join, link, MarkdownDoc, md, strong, untrusted, type ListItem, type Md } from './_markdown.js';
import { readOptions, type Lang } from './_options.js';
import { readSignature, signatureSection, type SignatureSummary } from './_signature.js';
import type { RenderOptions } from './render-standard.js';
import { reportText, type ReportTextOptions } from './_text-report.js';
import { readColor } from './_text.js';

/** Options of the report: with the assessment, it also shows justifications and evidence. */
export interface ReportOptions extends Omit<RenderOptions, 'format'>, ReportTextOptions {
  /** markdown, html, or text (for a terminal; with `color` for ANSI colours). */
  format: 'markdown' | 'html' | 'text';
  /** Text only: ANSI colours and bold, for a terminal. Default false. */
  color?: boolean;
  /**
   * The assessment the result was computed from. Optional: without it the report cannot show
   * the justifications of "not applicable" claims or the evidence behind stale answers.
   */
  assessment?: ReadonlyAssessmentInput;
  /** The electronic signature of the declaration (@sisc/attest): its key ID and verification outcome. */
  signature?: SignatureSummary;
}

/**
 * The evaluation report of a result: achieved vs target level, what blocks each level not
 * achieved, a gap table per category and per item, the verdict of every requirement, the
 * "not applicable" claims with their justifications, stale evidence, the issues found, and the
 * basis of the result (criteria version and digest, engine, scoring rules, evaluation date). The
 * date shown is the result's `basis.asOf`; nothing is read from the clock.
 *
 * Text from the assessment (organisation name, justifications, evidence titles and URIs) is
 * untrusted: it is escaped, so in Markdown and HTML it is always shown as the text it is. Evidence
 * URIs are shown as code, never as links, whatever their scheme.
 *
 * @throws ValidationError (`invalid-result`, `invalid-criteria`, `invalid-assessment`) for inputs
 *   that are not valid; SiscError `criteria-mismatch` when the result was computed against another
 *   release (or other content), `invalid-option` for bad options or an assessment that is not the
 *   one the result was computed from.
 */
export function renderReport(result: EvaluationResult, criteria: CriteriaReleaseInput, options: ReportOptions): string {
  const { lang, format } = readOptions(options, ['markdown', 'html', 'text'] as const, 'renderReport');
  const res = checkResult(result);
  const c = checkRelease(criteria);
  assertResultFor(res, c);
  const assessment = options.assessment === undefined ? undefined : checkAssessment(options.assessment);
  if (assessment) assertAssessmentFor(assessment, res);
  if (format === 'text') return reportText(res, c, lang, readColor(options), options);
  const signature = readSignature(options.signature, 'renderReport');
  const w = WORDS[lang];
  const title = `${w.reportTitle} — ${res.organization.name}`;
  return finish(reportMarkdown(res, c, assessment, lang, signature), { lang, format, title, release: c.release, draft: res.basis.provisional });
}

export function levelTitle(c: CheckedRelease, n: number, lang: Lang): Md {
  const l = c.release.levels.find((x) => x.level === n);
  return l ? loc(l.name, lang) : esc(WORDS[lang].levelN(n));
}

/** The blockers of a level, in words: requirement blockers grouped into one line of links. */
export function blockerList(level: LevelResult, lang: Lang): Md[] {
  const w = WORDS[lang];
  const lines: Md[] = [];
  const unsatisfied: string[] = [];
  const evidenceMissing: string[] = [];
  for (const b of level.blockers) {
    if (b.code === 'requirement-not-satisfied' && b.requirementId) unsatisfied.push(b.requirementId);
    else if (b.code === 'evidence-missing' && b.requirementId) evidenceMissing.push(b.requirementId);
    else lines.push(untrusted(localize(b, lang)));
  }
  const links = (ids: string[]) => join(ids.map((id) => link(id, id)), w.sep);
  if (unsatisfied.length > 0) lines.push(md`${w.unsatisfiedRequirements}${w.paren(esc(String(unsatisfied.length)))}${w.colon}${links(unsatisfied)}`);
  if (evidenceMissing.length > 0) lines.push(md`${w.blocker['evidence-missing']}${w.colon}${links(evidenceMissing)}`);
  return lines;
}

function reportMarkdown(res: EvaluationResult, c: CheckedRelease, a: Assessment | undefined, lang: Lang, signature?: SignatureSummary): string {
  const w = WORDS[lang];
  const r = c.release;
  const doc = new MarkdownDoc();
  doc.heading(1, md`${w.reportTitle}${w.colon}${untrusted(res.organization.name)}`);
  if (res.basis.provisional) doc.notice(md`${strong(w.provisional)} ${w.provisionalBanner(r.version)}`);
  else {
    const notice = statusNotice(r, lang);
    if (notice) doc.notice(notice);
  }

  // Summary.
  doc.heading(2, esc(w.summary), 'summary');
  const total = res.total ?? totalOf(res);
  doc.list([
    md`${w.organization}${w.colon}${untrusted(res.organization.name)}`,
    ...(res.organization.corporateNumber ? [md`${w.corporateNumber}${w.colon}${untrusted(res.organization.corporateNumber)}`] : []),
    md`${w.criteria}${w.colon}${loc(r.title, lang)} ${r.version}`,
    md`${w.mode}${w.colon}${w.modes[res.mode] ?? res.mode}`,
    md`${w.targetLevel}${w.colon}${levelTitle(c, res.targetLevel, lang)}`,
    md`${w.achievedLevel}${w.colon}${res.achievedLevel === 0 ? esc(w.achievedNone) : levelTitle(c, res.achievedLevel, lang)}`,
    md`${w.conformant}${w.colon}${strong(res.conformant ? w.conformantYes : w.conformantNo)}`,
    md`${w.satisfiedTotal}${w.colon}${w.ratioValue(total.satisfied, total.applicable, percent(total.ratio))}`,
    md`${w.evaluatedOn}${w.colon}${res.basis.asOf}`,
  ]);
  doc.table(
    [esc(w.levelCol), esc(w.achievedCol), esc(w.validUntil)],
    res.levels.map((l) => [levelTitle(c, l.level, lang), l.achieved ? esc(w.yes) : strong(w.no), esc(l.validUntil ?? (l.achieved ? w.notSet : '—'))]),
  );

  // Who declared, who audited: what the result's levels rest on.
  if (a) {
    doc.heading(2, esc(w.attestation), 'attestation');
    const d = a.declaration;
    const au = a.audit;
    if (!d && !au) doc.paragraph(esc(w.attestationNone));
    const items: ListItem[] = [];
    if (d) {
      items.push({
        item: esc(w.declarationOf),
        children: [
          md`${w.signatory}${w.colon}${untrusted(d.signatory.name)}${w.paren(untrusted(d.signatory.role))}`,
          md`${w.declarationDate}${w.colon}${esc(d.date)}`,
        ],
      });
    }
    if (au) {
      items.push({
        item: esc(w.auditOf),
        children: [
          md`${w.auditor}${w.colon}${untrusted(au.auditor.name)}`,
          md`${w.certificationBody}${w.colon}${untrusted(au.body.name)}`,
          md`${w.auditDate}${w.colon}${esc(au.date)}`,
          ...(au.reference !== undefined ? [md`${w.auditReference}${w.colon}${untrusted(au.reference)}`] : []),
        ],
      });
    }
    if (items.length > 0) doc.list(items);
  }

  // What blocks the levels not achieved.
  doc.heading(2, esc(w.blocking), 'blockers');
  const open = res.levels.filter((l) => !l.achieved);
  if (open.length === 0) doc.paragraph(esc(w.allAchieved));
  for (const level of open) {
    doc.heading(3, w.blockingLevel(levelTitle(c, level.level, lang)), `blockers-level-${level.level}`);
    doc.list(blockerList(level, lang));
  }

  // Gaps.
  doc.heading(2, esc(w.gaps), 'gaps');
  const catName = (id: string) => {
    const cat = r.categories.find((x) => x.id === id);
    return cat ? md`${id} ${loc(cat.name, lang)}` : esc(id);
  };
  const row = (name: Md, x: { applicable: number; satisfied: number; ratio: number }) => [
    name,
    esc(String(x.applicable)),
    esc(String(x.satisfied)),
    esc(percent(x.ratio)),
    esc(String(x.applicable - x.satisfied)),
  ];
  const counts = [esc(w.applicableCountCol), esc(w.satisfiedCountCol), esc(w.ratioCol), esc(w.gapCol)];
  const right = ['left', 'right', 'right', 'right', 'right'] as const;
  doc.table([esc(w.categoryCol), ...counts], [...res.categories.map((x) => row(catName(x.id), x)), row(strong(w.total), total)], right);
  doc.heading(3, esc(w.itemGaps), 'item-gaps');
  const itemName = (id: string) => {
    for (const cat of r.categories) for (const it of cat.items) if (it.id === id) return md`${it.id} ${loc(it.name, lang)}`;
    return esc(id);
  };
  doc.table([esc(w.itemCol), ...counts], res.items.map((x) => row(itemName(x.id), x)), right);

  // Verdicts.
  doc.heading(2, esc(w.verdicts), 'verdicts');
  doc.table(
    [esc(w.idCol), esc(w.requirementCol), esc(w.levelColShort), esc(w.verdictCol), esc(w.reasonsCol)],
    res.requirements.map((q) => {
      const text = c.byId.get(q.id)?.requirement.text;
      const verdict = w.verdict[q.verdict];
      return [
        md`${doc.claim(q.id)}${q.id}`,
        text ? loc(text, lang) : esc(''),
        esc(String(q.level)),
        q.satisfied ? esc(verdict) : strong(verdict),
        esc(q.reasons.map((x) => w.reason[x]).join(w.sep)),
      ];
    }),
    ['left', 'left', 'right', 'left', 'left'],
  );

  // The evidence behind each answer (and its note), requirement by requirement, as given.
  if (a) {
    doc.heading(2, esc(w.evidenceExamined), 'evidence');
    const items: ListItem[] = [];
    for (const q of res.requirements) {
      const answer = a.answers[q.id];
      if (!answer || (answer.evidence.length === 0 && (answer.note === undefined || answer.note.trim() === ''))) continue;
      const children = [...evidenceLines(answer.evidence, lang), ...noteLine(answer.note, lang)];
      items.push({ item: md`${link(q.id, q.id)}${w.colon}${esc(w.verdict[q.verdict])}`, children });
    }
    if (items.length === 0) doc.paragraph(esc(w.evidenceExaminedNone));
    else doc.list(items);
  }

  // Not applicable claims.
  doc.heading(2, esc(w.naClaims), 'not-applicable');
  const claims = res.requirements.filter((q) => q.verdict === 'not-applicable');
  if (claims.length === 0) doc.paragraph(esc(w.naClaimsNone));
  else {
    if (!a) doc.paragraph(esc(w.noAssessment));
    const items: ListItem[] = claims.map((q) => {
      const answer = a?.answers[q.id];
      const state = q.satisfied ? esc(w.accepted) : md`${w.refused}${w.paren(esc(q.reasons.map((x) => w.reason[x]).join(w.sep)))}`;
      const head = md`${link(q.id, q.id)}${w.colon}${state}`;
      if (!answer) return head;
      const children: Md[] = [md`${w.justification}${w.colon}${answer.justification !== undefined && answer.justification.trim() !== '' ? untrusted(answer.justification) : esc(w.noJustification)}`];
      for (const one of evidenceLines(answer.evidence, lang)) children.push(one);
      for (const one of noteLine(answer.note, lang)) children.push(one);
      return { item: head, children };
    });
    doc.list(items);
  }

  // Stale evidence.
  doc.heading(2, esc(w.staleEvidence), 'stale');
  const stale = res.requirements.filter((q) => q.verdict === 'stale');
  if (stale.length === 0) doc.paragraph(esc(w.staleNone));
  else {
    doc.list(
      stale.map((q) => {
        const dates = q.newestEvidence
          ? w.paren(md`${w.newestEvidence}${w.colon}${q.newestEvidence}${q.validUntil ? md`${w.sepMd}${w.validUntil}${w.colon}${q.validUntil}` : md``}`)
          : md``;
        const head = md`${link(q.id, q.id)}${w.colon}${q.reasons.map((x) => w.reason[x]).join(w.sep)}${dates}`;
        const answer = a?.answers[q.id];
        const children = answer ? [...evidenceLines(answer.evidence, lang), ...noteLine(answer.note, lang)] : [];
        return children.length > 0 ? { item: head, children } : head;
      }),
    );
  }

  // Issues.
  doc.heading(2, esc(w.issues), 'issues');
  if (res.issues.length === 0) doc.paragraph(esc(w.issuesNone));
  else doc.list(res.issues.map((i) => md`${strong(w.severity[i.severity] ?? i.severity)} ${code(i.code)} ${untrusted(localize(i, lang))}`));

  // Basis.
  doc.heading(2, esc(w.basis), 'basis');
  doc.list([
    md`${w.scheme}${w.colon}${res.basis.criteria.scheme}`,
    md`${w.criteria}${w.colon}${res.basis.criteria.version}`,
    md`${w.digest}${w.colon}${code(res.basis.criteria.digest)}`,
    md`${w.engine}${w.colon}${res.basis.engine.name} ${res.basis.engine.version}`,
    md`${w.scoringRules}${w.colon}${res.basis.scoringRules}`,
    md`${w.evaluatedOn}${w.colon}${res.basis.asOf}`,
    md`${w.provisional}${w.colon}${res.basis.provisional ? w.provisionalYes : w.no}`,
  ]);
  if (signature) signatureSection(doc, signature, lang);
  return doc.toString();
}

/** Evidence items of an answer, as untrusted text: title, date, URI as code (never a link). */
export function evidenceLines(evidence: Assessment['answers'][string]['evidence'], lang: Lang): Md[] {
  const w = WORDS[lang];
  return evidence.map((e) => {
    const uri = e.uri === undefined ? md`` : md` ${code(e.uri)}`;
    // The first 12 hex digits identify the file on paper; the full digest stays in the assessment.
    const hash = e.sha256 === undefined ? md`` : md` SHA-256 ${code(`${e.sha256.slice(0, 12)}…`)}`;
    return md`${w.answerEvidence}${w.colon}${untrusted(e.title)}${w.paren(esc(e.date))}${uri}${hash}`;
  });
}

/** An answer's note, when it has one, as untrusted text. */
function noteLine(note: string | undefined, lang: Lang): Md[] {
  const w = WORDS[lang];
  return note !== undefined && note.trim() !== '' ? [md`${w.answerNote}${w.colon}${untrusted(note)}`] : [];
}

/** The total counts when a result does not carry them (older results): summed over categories. */
function totalOf(res: EvaluationResult): { applicable: number; satisfied: number; ratio: number } {
  let applicable = 0;
  let satisfied = 0;
  for (const x of res.categories) {
    applicable += x.applicable;
    satisfied += x.satisfied;
  }
  const ratio = applicable === 0 ? 1 : Math.floor((20000 * satisfied + applicable) / (2 * applicable)) / 10000;
  return { applicable, satisfied, ratio };
}
