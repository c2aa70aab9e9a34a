/**
 * What the page edits, and how it becomes an assessment. The page keeps the answers as the user
 * typed them (a half-filled evidence row stays on screen); `toAssessment` turns them into the
 * assessment the engine reads, leaving out what is empty, so the file saved is the one a person
 * would have written by hand.
 */
import type { AssessmentInput, CriteriaRelease } from '@sisc/model';

export type Lang = 'ja' | 'en';
export type Status = 'met' | 'not-met' | 'not-applicable';

export interface EvidenceRow {
  title: string;
  date: string;
  uri: string;
  /** Carried over from an opened file; not edited on the page. */
  sha256?: string;
}

export interface AnswerState {
  status?: Status;
  justification: string;
  note: string;
  evidence: EvidenceRow[];
}

export interface PageState {
  /** The version of the page's saved state, so a later page can read an older one. */
  v: 1;
  lang: Lang;
  asOf: string;
  version: string;
  targetLevel: number;
  mode: 'self-declaration' | 'audit';
  organization: { name: string; corporateNumber: string };
  declaration: { name: string; role: string; date: string };
  audit: { auditor: string; body: string; date: string; reference: string };
  answers: Record<string, AnswerState>;
}

export const STORAGE_KEY = 'sisc.self-assessment.v1';

export function emptyState(version: string, asOf: string, lang: Lang): PageState {
  return {
    v: 1,
    lang,
    asOf,
    version,
    targetLevel: 1,
    mode: 'self-declaration',
    organization: { name: '', corporateNumber: '' },
    declaration: { name: '', role: '', date: '' },
    audit: { auditor: '', body: '', date: '', reference: '' },
    answers: {},
  };
}

export function answerOf(state: PageState, id: string): AnswerState {
  let a = state.answers[id];
  if (!a) {
    a = { justification: '', note: '', evidence: [] };
    state.answers[id] = a;
  }
  return a;
}

const trim = (s: string) => s.trim();

/** The assessment the page's answers amount to: what is saved, and what the engine evaluates. */
export function toAssessment(state: PageState, release: CriteriaRelease): AssessmentInput {
  const answers: NonNullable<AssessmentInput['answers']> = {};
  const known = new Set<string>();
  for (const c of release.categories) for (const i of c.items) for (const r of i.requirements) known.add(r.id);
  for (const [id, a] of Object.entries(state.answers)) {
    if (!a.status || !known.has(id)) continue;
    const evidence = a.evidence
      .filter((e) => trim(e.title) !== '' || trim(e.date) !== '' || trim(e.uri) !== '')
      .map((e) => ({
        title: trim(e.title),
        date: trim(e.date),
        ...(trim(e.uri) === '' ? {} : { uri: trim(e.uri) }),
        ...(e.sha256 ? { sha256: e.sha256 } : {}),
      }));
    answers[id] = {
      status: a.status,
      ...(trim(a.justification) === '' ? {} : { justification: a.justification }),
      ...(evidence.length ? { evidence } : {}),
      ...(trim(a.note) === '' ? {} : { note: a.note }),
    };
  }
  const org = state.organization;
  const d = state.declaration;
  const au = state.audit;
  const hasDeclaration = [d.name, d.role, d.date].some((x) => trim(x) !== '');
  const hasAudit = state.mode === 'audit' && [au.auditor, au.body, au.date, au.reference].some((x) => trim(x) !== '');
  return {
    criteria: { scheme: release.scheme.id, version: release.version },
    organization: { name: trim(org.name), ...(trim(org.corporateNumber) === '' ? {} : { corporateNumber: trim(org.corporateNumber) }) },
    targetLevel: state.targetLevel,
    mode: state.mode,
    ...(hasDeclaration ? { declaration: { signatory: { name: trim(d.name), role: trim(d.role) }, date: trim(d.date) } } : {}),
    ...(hasAudit
      ? {
          audit: {
            auditor: { name: trim(au.auditor) },
            body: { name: trim(au.body) },
            date: trim(au.date),
            ...(trim(au.reference) === '' ? {} : { reference: trim(au.reference) }),
          },
        }
      : {}),
    answers,
  } as AssessmentInput;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The page's state for an assessment read from a file. Whatever the file holds that the page
 * cannot show is not kept; the caller has already checked the file with the model.
 */
export function fromAssessment(data: unknown, lang: Lang, asOf: string): PageState {
  const a = obj(data);
  const criteria = obj(a.criteria);
  const state = emptyState(str(criteria.version), asOf, lang);
  state.targetLevel = typeof a.targetLevel === 'number' ? a.targetLevel : 1;
  state.mode = a.mode === 'audit' ? 'audit' : 'self-declaration';
  const org = obj(a.organization);
  state.organization = { name: str(org.name), corporateNumber: str(org.corporateNumber) };
  const d = obj(a.declaration);
  const s = obj(d.signatory);
  state.declaration = { name: str(s.name), role: str(s.role), date: str(d.date) };
  const au = obj(a.audit);
  state.audit = { auditor: str(obj(au.auditor).name), body: str(obj(au.body).name), date: str(au.date), reference: str(au.reference) };
  for (const [id, raw] of Object.entries(obj(a.answers))) {
    const ans = obj(raw);
    const status = ans.status === 'met' || ans.status === 'not-met' || ans.status === 'not-applicable' ? ans.status : undefined;
    const evidence = Array.isArray(ans.evidence)
      ? ans.evidence.map((e) => {
          const ev = obj(e);
          return { title: str(ev.title), date: str(ev.date), uri: str(ev.uri), ...(typeof ev.sha256 === 'string' ? { sha256: ev.sha256 } : {}) };
        })
      : [];
    state.answers[id] = { ...(status ? { status } : {}), justification: str(ans.justification), note: str(ans.note), evidence };
  }
  return state;
}

/** Reads the saved state; anything unreadable is treated as nothing saved. */
export function readSaved(text: string | null): PageState | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<PageState>;
    if (v && v.v === 1 && typeof v.version === 'string' && typeof v.answers === 'object' && v.answers !== null) return v as PageState;
  } catch {
    // fall through
  }
  return undefined;
}
