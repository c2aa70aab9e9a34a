import { issue, type Issue } from '../issues.js';
import { placedRequirements, type CriteriaRule } from './rule.js';

export const documentReferences: CriteriaRule = {
  name: 'document-references',
  description: "A requirement refers only to documents listed in the release's documents.",
  scope: 'requirements',
  check(release) {
    const out: Issue[] = [];
    const documents = new Set(release.documents.map((d) => d.id));
    for (const { requirement: r, path: rp } of placedRequirements(release)) {
      r.references.forEach((x, k) => {
        if (!documents.has(x.document)) {
          const p = `${rp}.references[${k}].document`;
          out.push(issue('dangling-reference', 'error', p, `${p}: "${x.document}" is not one of the release's documents (${[...documents].join(', ') || 'none listed'}).`, { requirementId: r.id, params: { id: x.document } }));
        }
      });
    }
    return out;
  },
};
