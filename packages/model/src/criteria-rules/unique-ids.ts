import { issue, type Issue } from '../issues.js';
import type { CriteriaRule } from './rule.js';

/** Category, item and requirement IDs share one namespace; document and note IDs each their own. */
export const uniqueIds: CriteriaRule = {
  name: 'unique-ids',
  description: 'Every category, item and requirement ID is used once in the release, and every document and note ID is listed once.',
  scope: 'ids',
  check(release) {
    const out: Issue[] = [];
    const ids = new Map<string, string>();
    const claim = (id: string, path: string, what: string) => {
      const first = ids.get(id);
      if (first !== undefined) out.push(issue('duplicate-id', 'error', path, `${path}: the ${what} ID "${id}" is already used at ${first}; IDs must be unique and are never reused.`, { params: { id, first } }));
      else ids.set(id, path);
    };
    const documents = new Set<string>();
    release.documents.forEach((d, i) => {
      if (documents.has(d.id)) out.push(issue('duplicate-id', 'error', `$.documents[${i}].id`, `$.documents[${i}].id: the document ID "${d.id}" is listed twice.`, { params: { id: d.id } }));
      documents.add(d.id);
    });
    const noteIds = new Set<string>();
    release.notes.forEach((n, i) => {
      if (noteIds.has(n.id)) out.push(issue('duplicate-id', 'error', `$.notes[${i}].id`, `$.notes[${i}].id: the note ID "${n.id}" is listed twice.`, { params: { id: n.id } }));
      noteIds.add(n.id);
    });
    release.categories.forEach((c, ci) => {
      const cp = `$.categories[${ci}]`;
      claim(c.id, `${cp}.id`, 'category');
      c.items.forEach((it, ii) => {
        const ip = `${cp}.items[${ii}]`;
        claim(it.id, `${ip}.id`, 'item');
        for (const [ri, r] of it.requirements.entries()) claim(r.id, `${ip}.requirements[${ri}].id`, 'requirement');
      });
    });
    return out;
  },
};
