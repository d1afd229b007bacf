/**
 * The known name a mistyped one was most likely meant to be (`--histroy` → `--history`, `scna` →
 * `scan`, `alowlist` → `allowlist`), or undefined when none is close: at most one edit per three
 * characters of the typed name (at least one), so a short or unrelated word gets no suggestion.
 * Compared lowercase, without leading dashes; the first of equally close names wins.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const bare = (name: string): string => name.replace(/^-+/, '').toLowerCase();
  const target = bare(typed);
  const limit = Math.max(1, Math.floor(target.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(target, bare(name));
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/**
 * Levenshtein distance with adjacent transpositions counted as one edit (the "optimal string
 * alignment" distance): a swap of two letters is the commonest typo, and plain Levenshtein counts it
 * as two. Three rows of the dynamic programme: memory is linear in the length of `b`.
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, (beforePrevious[j - 2] as number) + 1);
      current.push(distance);
    }
    [beforePrevious, previous] = [previous, current];
  }
  return previous[b.length] as number;
}

/** ` Did you mean --history?`, or nothing: for the end of a usage error's message. */
export function didYouMean(typed: string, known: readonly string[], quote: (name: string) => string = (name) => name): string {
  const closest = closestName(typed, known);
  return closest === undefined ? '' : ` Did you mean ${quote(closest)}?`;
}
