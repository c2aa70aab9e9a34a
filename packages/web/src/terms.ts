/**
 * The scheme's terms as the page shows them: looked up in the model's vocabulary, the one the
 * documents and the terminal use.
 */
import { TERMS, type BlockerCode, type ReleaseStatus } from '@sisc/model';
import type { Lang, Status } from './state.js';

export const statusTerm = (s: Status, lang: Lang) => TERMS[lang].verdict[s];
export const releaseStatusTerm = (s: ReleaseStatus, lang: Lang) => TERMS[lang].releaseStatus[s];
export const blockerTerm = (code: BlockerCode, lang: Lang) => TERMS[lang].blocker[code];
