/**
 * The rule several readers use to say which one thing a document is about (its State, its panel, its mission): the only key
 * counted, or the one counted at least twice as often as any other; else null.
 */
export function dominant(counts: ReadonlyMap<string, number>): string | null {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (sorted.length === 0) return null;
  if (sorted.length === 1) return sorted[0]![0];
  return sorted[0]![1] >= 2 * sorted[1]![1] ? sorted[0]![0] : null;
}
