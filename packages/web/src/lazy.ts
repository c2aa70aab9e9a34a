/**
 * Codecs that are loaded only when they are needed, so the page is usable at once. The built page
 * carries each one as inert text (`<script type="text/plain" id="sisc-lazy-NAME">`); the first
 * call runs it as a classic script, which defines `__siscLazy_NAME`. Nothing is fetched: the code
 * is already in the file.
 */
import type { AssessmentInput, BudgetLimit, CriteriaRelease, Issue } from '@sisc/model';

/** A problem of reading a text (its syntax, or a limit of the input budget), where it was found. */
export interface ReadProblem {
  line: number;
  column: number;
  /** In English words; for a limit of the input budget, `budget` says which, for the page's own words. */
  message: string;
  budget?: { limit: BudgetLimit; value: number };
}

export interface Codecs {
  yaml: { parse(text: string): { value: unknown; problems: ReadProblem[] }; stringify(data: unknown): string };
  xlsx: {
    renderChecklistWorkbook(release: CriteriaRelease, options: { level: number; lang: 'ja' | 'en'; assessment?: AssessmentInput }): Uint8Array;
    readChecklistWorkbook(bytes: Uint8Array, options: { resolveRelease(version: string): CriteriaRelease | undefined }): { success: true; assessment: AssessmentInput; issues: Issue[] } | { success: false; issues: Issue[] };
  };
}

const loaded = new Map<string, unknown>();

export async function loadCodec<K extends keyof Codecs>(name: K): Promise<Codecs[K]> {
  const hit = loaded.get(name);
  if (hit) return hit as Codecs[K];
  const source = document.getElementById(`sisc-lazy-${name}`);
  if (!source?.textContent) throw new Error(`codec ${name} is not in this page`);
  const script = document.createElement('script');
  script.textContent = source.textContent;
  document.head.appendChild(script);
  script.remove();
  const codec = (globalThis as Record<string, unknown>)[`__siscLazy_${name}`];
  if (!codec) throw new Error(`codec ${name} did not load`);
  loaded.set(name, codec);
  return codec as Codecs[K];
}
