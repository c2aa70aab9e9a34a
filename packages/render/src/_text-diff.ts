/** The diff between two releases as terminal text (renderDiff with format "text"). */
import { stableStringify, type Change, type CriteriaDiff } from '@sisc/model';
import { WORDS } from './_i18n.js';
import type { Lang } from './_options.js';
import { visible, type Paint } from './_text.js';
import { issueLines } from './render-issues.js';

const SIGN: Partial<Record<Change['kind'], string>> = { added: '+', removed: '-', retired: '-', reinstated: '+' };

/**
 * A before or after value in words: a status, an assurance or a requirement kind by its term
 * (「廃止」, not "retired", in Japanese); texts as they are; anything else as JSON.
 */
export function changeValue(x: Change, value: unknown, lang: Lang): string {
  const w = WORDS[lang];
  if (typeof value === 'string') {
    const words: Record<string, string> | undefined =
      x.target === 'release' && (x.id === 'status' || x.field === 'status')
        ? w.status
        : x.field === 'status' || x.kind === 'retired' || x.kind === 'reinstated'
          ? w.requirementStatus
          : x.kind === 'assurance-changed'
            ? w.assurance
            : x.kind === 'kind-changed'
              ? w.kind
              : undefined;
    return words?.[value] ?? value;
  }
  return stableStringify(value);
}

export function diffText(diff: CriteriaDiff, lang: Lang, p: Paint): string {
  const w = WORDS[lang];
  const lines: string[] = [p.bold(w.diffTitle(`${diff.from.scheme} ${diff.from.version}`, `${diff.to.scheme} ${diff.to.version}`)), ''];
  const s = diff.semver;
  const semverLine = w.diffSemverLine(w.bump[s.required], w.bump[s.actual], s.honoured, s.next);
  lines.push(s.honoured ? semverLine : p.red(semverLine), '');
  const show = (x: Change, value: unknown) => {
    const text = visible(changeValue(x, value, lang));
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  };
  if (diff.changes.length === 0) lines.push(w.noChanges);
  else {
    lines.push(p.bold(w.diffCount(diff.changes.length)));
    for (const c of diff.changes) {
      const sign = SIGN[c.kind] ?? '~';
      const where = c.field !== undefined && c.lang !== undefined && !c.field.endsWith(`.${c.lang}`) ? `${c.field} ${c.lang}` : (c.field ?? c.lang ?? '');
      const declared = c.declared ? ` [${w.changeLogKind[c.declared.change]}]` : '';
      const head = `  ${sign} ${w.target[c.target]} ${visible(c.id)}: ${w.changeKind[c.kind]}${where ? w.textParen(visible(where)) : ''} — ${w.bump[c.bump]}${declared}`;
      lines.push(sign === '+' ? p.green(head) : sign === '-' ? p.red(head) : head);
      if (c.before !== undefined && c.after !== undefined && c.kind !== 'added' && c.kind !== 'removed') {
        lines.push(p.dim(`      - ${show(c, c.before)}`), p.dim(`      + ${show(c, c.after)}`));
      }
    }
  }
  if (diff.issues.length > 0) {
    lines.push('', p.bold(w.issuesTitle(diff.issues.length)));
    lines.push(
      ...issueLines(diff.issues, lang, p)
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
