/**
 * @sisc/render — the documents of the SI Security Certification (SIセキュリティ認定制度), rendered
 * from the model in Japanese and English, as Markdown and as self-contained HTML (and CSV for the
 * checklist), and the evaluation result, the diff, the release list and issues as terminal text. Same input, byte-identical output; runs unchanged in a browser.
 */
export { renderStandard, type RenderOptions } from './render-standard.js';
export { renderChecklist, checklistTable, checklistHeaders, checklistWords, type ChecklistOptions, type ChecklistRow, type ChecklistHeaders, type ChecklistWords } from './render-checklist.js';
export { renderDeclaration, type DeclarationOptions } from './render-declaration.js';
export type { SignatureSummary } from './_signature.js';
export { renderReport, type ReportOptions } from './render-report.js';
export { renderDiff, type DiffOptions } from './render-diff.js';
export { renderIssues, type IssuesOptions, type LocatedIssue, type TextOptions } from './render-issues.js';
export { renderVersions, type VersionListing } from './render-versions.js';
