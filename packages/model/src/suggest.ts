/**
 * "Did you mean …?": the candidates closest to a value that is probably a typo (`Met` for `met`,
 * `BLD-01.10` for `BLD-01.01`, `--asof` for `--as-of`). Distance is counted in edits (insert,
 * delete, substitute, or swap two neighbours), ignoring case; a candidate is suggested when it is
 * at most 2 edits away and fewer than half the value's length. Ties are all given, in the order of
 * `candidates`; more than `limit` of them is no guess at all (none is more likely), so nothing.
 */
export function closestMatches(value: string, candidates: Iterable<string>, limit = 2): string[] {
  const v = value.toLowerCase();
  if (v.length === 0 || v.length > 64) return [];
  const max = Math.min(2, Math.ceil(v.length / 2) - 1);
  let best = max + 1;
  let out: string[] = [];
  for (const c of candidates) {
    if (c === value || Math.abs(c.length - v.length) > max) continue;
    const d = editDistance(v, c.toLowerCase(), best);
    if (d > max) continue;
    if (d < best) {
      best = d;
      out = [c];
    } else if (d === best) out.push(c);
  }
  return out.length > limit ? [] : out;
}

/** Optimal string alignment distance when it is at most `cap`; otherwise some number above `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (a === b) return 0;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    // Later cells build on this row and the one before (a swap): both past the cap, so is the rest.
    if (rowMin > cap && prevMin > cap) return cap + 1;
    prev2 = prev;
    prev = row;
    prevMin = rowMin;
  }
  return prev[b.length]!;
}
