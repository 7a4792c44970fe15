/**
 * The known id nearest to a mistyped or cut-short one (`pdb-blok` → `pdb-blocks-drain`): edit
 * distance to the whole id, or to its start plus one, at most a third of what was typed.
 */
export function closestId(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(typed.length / 3)) + 1;
  for (const id of known) {
    const d = Math.min(editDistance(typed, id), editDistance(typed, id.slice(0, typed.length)) + 1);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
