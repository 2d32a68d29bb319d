/** "Did you mean…": the known names closest to a mistyped one. */

/** Levenshtein distance: insertions, deletions and substitutions needed to turn one word into the other. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Up to `limit` candidates close to `word`, closest first: a typo (two edits,
 * or a third of the letters for long names, and always less than half of the
 * shorter word, so that « note » does not suggest « role ») or a name that
 * contains it, like « dunkerque » for « mairie-de-dunkerque ».
 */
export function closestMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = word.toLowerCase();
  const tolerance = Math.max(2, Math.floor(target.length / 3));
  return [...new Set(candidates)]
    .map((candidate) => {
      const lowered = candidate.toLowerCase();
      if (target.length >= 3 && (lowered.includes(target) || target.includes(lowered))) return { candidate, distance: 0.5 };
      const distance = editDistance(target, lowered);
      return { candidate, distance: distance < Math.min(target.length, lowered.length) / 2 ? distance : Infinity };
    })
    .filter(({ candidate, distance }) => candidate !== word && distance <= tolerance)
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** `« a »`, `« a » ou « b »`, `« a », « b » ou « c »`. */
export function quotedAlternatives(names: readonly string[], quote = (name: string) => `« ${name} »`): string {
  const quoted = names.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ou ${quoted.at(-1)}`;
}

/** ` — vouliez-vous dire « x » ?`, or nothing when no known name is close. */
export function didYouMean(word: string, candidates: Iterable<string>, quote?: (name: string) => string): string {
  const matches = closestMatches(word, candidates);
  return matches.length > 0 ? ` — vouliez-vous dire ${quotedAlternatives(matches, quote)} ?` : '';
}
