/**
 * The candidate closest to `input` by edit distance, when it is close enough to be a likely typo
 * (at most a third of the input's length, and at least one edit allowed); otherwise `undefined`.
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const limit = Math.max(1, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] as string;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// Levenshtein distance with one rolling row: the names compared here are a few dozen characters at most.
function editDistance(a: string, b: string): number {
  const row: number[] = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
