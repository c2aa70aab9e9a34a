/** One way to put an issue or a blocker into words, in either language. */
import type { Issue } from '../issues.js';
import type { Blocker, BlockerCode } from '../schemas/result.js';
import { BLOCKER_MESSAGES, type BlockerParams } from './blocker-messages.js';
import { issueMessageJa } from './issue-messages.js';
import { TERMS, type TermLang } from './terms.js';

/**
 * The words of an issue or a blocker in `lang`. Issues: English is `issue.message`, Japanese the
 * code's template over `issue.params` (per severity where the code has two). Blockers: the code's
 * template over `blocker.params`; a blocker without params (a result from an engine before
 * 0.2) gives its `message` in English and the code's term in Japanese.
 */
export function localize(item: Issue | Blocker, lang: TermLang): string {
  if ('severity' in item) return lang === 'en' ? item.message : issueMessageJa(item);
  if (item.params === undefined) return lang === 'en' ? item.message : `${TERMS.ja.blocker[item.code]}。`;
  const template = BLOCKER_MESSAGES[item.code][lang] as (q: BlockerParams[BlockerCode]) => string;
  return template(item.params as unknown as BlockerParams[BlockerCode]);
}
