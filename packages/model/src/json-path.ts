/** JSON paths a person can follow: $.answers["GOV-01.01"].evidence[0].date */
export type PathSegment = string | number;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'symbol') out += `[${JSON.stringify(String(s))}]`;
    else if (IDENT.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Joins a base path and more segments. */
export function childPath(base: string, ...segments: PropertyKey[]): string {
  return base + jsonPath(segments).slice(1);
}
