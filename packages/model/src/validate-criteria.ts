import { childPath } from './json-path.js';
import { textDigest } from './digest.js';
import { issue, sortIssues, type Issue } from './issues.js';
import type { LocalizedText } from './schemas/common.js';
import type { CriteriaRelease } from './schemas/criteria.js';
import { releaseStatusPolicy } from './policies.js';

/**
 * Semantic checks of a criteria release that the schema cannot express. Returns every issue,
 * sorted; errors make the release invalid, warnings do not.
 */
export function validateCriteria(release: CriteriaRelease): Issue[] {
  const out: Issue[] = [];
  const ids = new Map<string, string>();
  const claim = (id: string, path: string, what: string) => {
    const first = ids.get(id);
    if (first !== undefined) out.push(issue('duplicate-id', 'error', path, `${path}: the ${what} ID "${id}" is already used at ${first}; IDs must be unique and are never reused.`, { params: { id, first } }));
    else ids.set(id, path);
  };

  // Levels: 1, 2, … in order, no gaps.
  release.levels.forEach((l, i) => {
    if (l.level !== i + 1) {
      const p = `$.levels[${i}].level`;
      out.push(issue('non-contiguous-levels', 'error', p, `${p}: levels must be numbered 1, 2, 3 … in order; expected ${i + 1}, but found ${l.level}.`, { params: { expected: i + 1, found: l.level } }));
    }
  });
  const levelNumbers = new Set(release.levels.map((l) => l.level));
  const documents = new Set<string>();
  release.documents.forEach((d, i) => {
    if (documents.has(d.id)) out.push(issue('duplicate-id', 'error', `$.documents[${i}].id`, `$.documents[${i}].id: the document ID "${d.id}" is listed twice.`, { params: { id: d.id } }));
    documents.add(d.id);
  });
  const frameworks = new Set(release.frameworks.map((f) => f.id));
  const noteIds = new Set<string>();
  release.notes.forEach((n, i) => {
    if (noteIds.has(n.id)) out.push(issue('duplicate-id', 'error', `$.notes[${i}].id`, `$.notes[${i}].id: the note ID "${n.id}" is listed twice.`, { params: { id: n.id } }));
    noteIds.add(n.id);
  });

  const requirementIds = new Set<string>();
  const retiredIds = new Set<string>();
  for (const c of release.categories)
    for (const it of c.items)
      for (const r of it.requirements) {
        requirementIds.add(r.id);
        if (r.status === 'retired') retiredIds.add(r.id);
      }

  release.categories.forEach((c, ci) => {
    const cp = `$.categories[${ci}]`;
    claim(c.id, `${cp}.id`, 'category');
    c.items.forEach((it, ii) => {
      const ip = `${cp}.items[${ii}]`;
      claim(it.id, `${ip}.id`, 'item');
      if (!it.id.startsWith(`${c.id}-`)) {
        out.push(issue('id-prefix-mismatch', 'warning', `${ip}.id`, `${ip}.id: the item ID "${it.id}" does not start with its category ID "${c.id}-".`, { params: { id: it.id, expected: `${c.id}-` } }));
      }
      if (!it.requirements.some((r) => r.status === 'active')) {
        out.push(issue('empty-item', 'warning', `${ip}.requirements`, `${ip}.requirements: the item "${it.id}" has no active requirement.`, { params: { id: it.id } }));
      }
      it.requirements.forEach((r, ri) => {
        const rp = `${ip}.requirements[${ri}]`;
        const ref = { requirementId: r.id };
        claim(r.id, `${rp}.id`, 'requirement');
        if (!levelNumbers.has(r.level)) {
          out.push(issue('unknown-level', 'error', `${rp}.level`, `${rp}.level: level ${r.level} is not one of the release's levels (${[...levelNumbers].join(', ')}).`, { ...ref, params: { found: r.level } }));
        }
        if (r.status === 'retired' && !r.retired) {
          out.push(issue('retired-without-details', 'error', `${rp}.retired`, `${rp}: the requirement "${r.id}" is retired but does not say since when and why (add "retired" with "since" and "reason").`, ref));
        }
        if (r.status === 'active' && r.retired) {
          out.push(issue('retired-details-on-active', 'error', `${rp}.retired`, `${rp}.retired: the requirement "${r.id}" is active, so it must not have retirement details (set status: retired, or remove them).`, ref));
        }
        r.retired?.replacedBy.forEach((to, k) => {
          const p = `${rp}.retired.replacedBy[${k}]`;
          if (to === r.id) {
            out.push(issue('invalid-replacement', 'error', p, `${p}: "${to}" cannot be replaced by itself; name the requirement that takes its place, or none.`, { ...ref, params: { id: to, reason: 'itself' } }));
          } else if (!requirementIds.has(to)) {
            out.push(issue('dangling-reference', 'error', p, `${p}: "${to}" is not a requirement of this release.`, { ...ref, params: { id: to } }));
          } else if (retiredIds.has(to)) {
            out.push(issue('invalid-replacement', 'error', p, `${p}: "${to}" is retired too, so it cannot take the place of "${r.id}"; name an active requirement.`, { ...ref, params: { id: to, reason: 'retired' } }));
          }
        });
        r.references.forEach((x, k) => {
          if (!documents.has(x.document)) {
            const p = `${rp}.references[${k}].document`;
            out.push(issue('dangling-reference', 'error', p, `${p}: "${x.document}" is not one of the release's documents (${[...documents].join(', ') || 'none listed'}).`, { ...ref, params: { id: x.document } }));
          }
        });
        r.mappings.forEach((m, k) => {
          if (!frameworks.has(m.framework)) {
            const p = `${rp}.mappings[${k}].framework`;
            out.push(issue('dangling-reference', 'error', p, `${p}: "${m.framework}" is not one of the release's frameworks (${[...frameworks].join(', ') || 'none listed'}).`, { ...ref, params: { id: m.framework } }));
          }
        });
      });
    });
  });

  // Status and version agree: drafts are prereleases, released versions are not.
  const policy = releaseStatusPolicy(release.status);
  const prerelease = release.version.includes('-');
  if (policy.prereleaseVersion !== prerelease) {
    const expected = policy.prereleaseVersion ? 'a prerelease version such as 1.0.0-draft.1' : 'a version without a prerelease part, such as 1.0.0';
    out.push(issue('status-version-mismatch', 'error', '$.version', `$.version: a release with status "${release.status}" needs ${expected}, but found "${release.version}".`, { params: { status: release.status, found: release.version } }));
  }
  const { effectiveFrom, acceptUntil } = release.dates;
  if (policy.effectiveFromRequired && !effectiveFrom) {
    out.push(issue('invalid-dates', 'error', '$.dates.effectiveFrom', `$.dates.effectiveFrom: a release with status "${release.status}" must say from when it is effective.`, { params: { status: release.status } }));
  }
  if (effectiveFrom && acceptUntil && acceptUntil < effectiveFrom) {
    out.push(issue('invalid-dates', 'error', '$.dates.acceptUntil', `$.dates.acceptUntil: ${acceptUntil} is before the effective date ${effectiveFrom}.`, { params: { found: acceptUntil, effectiveFrom } }));
  }

  // Translations: required once effective; stale when the Japanese changed after translating.
  walkTexts(release, '$', (text, path) => {
    if (text.en === undefined) {
      if (policy.englishRequired) {
        out.push(issue('missing-translation', 'error', path, `${path}: the English translation is missing; a release with status "${release.status}" needs one for every text.`, { params: { status: release.status } }));
      }
    } else if (text.enSource !== undefined && text.enSource !== textDigest(text.ja)) {
      out.push(issue('stale-translation', 'warning', path, `${path}: the Japanese text changed after the English was translated; check the translation, then update enSource to ${textDigest(text.ja)}.`, { params: { expected: textDigest(text.ja), found: text.enSource } }));
    }
  });
  return sortIssues(out);
}

function isLocalizedText(v: unknown): v is LocalizedText {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { ja?: unknown }).ja === 'string';
}

/** Calls `visit` for every localized text in a value, with its JSON path. */
export function walkTexts(value: unknown, path: string, visit: (text: LocalizedText, path: string) => void): void {
  if (isLocalizedText(value)) {
    visit(value, path);
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) walkTexts(v, `${path}[${i}]`, visit);
  } else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkTexts(v, childPath(path, k), visit);
}
