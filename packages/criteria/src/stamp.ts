import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { textDigest } from '@sisc/model';

export interface StampResult {
  /** The file's text with enSource set where it was missing (unchanged when nothing was stamped). */
  text: string;
  /** How many translations were stamped. */
  stamped: number;
  /** Set when the file is not valid YAML; nothing is stamped then. */
  error?: string;
}

/**
 * Records which Japanese text each English translation was made from: sets `enSource` on every
 * text of a YAML source file that has `en` but no `enSource`. An existing enSource is never
 * changed: a stale one must be checked by a person, who then deletes it and stamps again. Pure.
 */
export function stampTranslations(text: string): StampResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { text, stamped: 0, error: doc.errors[0]!.message.split('\n')[0]! };
  let stamped = 0;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const ja = map.get('ja', true);
      if (!isScalar(ja) || typeof ja.value !== 'string' || !map.has('en') || map.has('enSource')) return;
      map.set('enSource', textDigest(ja.value));
      stamped++;
    },
  });
  return stamped > 0 ? { text: doc.toString({ lineWidth: 0 }), stamped } : { text, stamped };
}
