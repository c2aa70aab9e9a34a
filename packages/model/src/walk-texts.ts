import { childPath } from './json-path.js';
import type { LocalizedText } from './schemas/common.js';

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
