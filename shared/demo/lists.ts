/** Space-separated lists keep long tables of Chinese words readable and out of the formatter's way. */
export function words(text: string): readonly string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** `'王:92 李:80'` → `[['王', 92], ['李', 80]]`. */
export function parseWeights(text: string): Array<readonly [string, number]> {
  return words(text).map((entry) => {
    const [item, weight] = entry.split(':');
    const value = Number(weight);
    if (!item || !(value > 0)) throw new Error(`bad weighted entry: ${entry}`);
    return [item, value] as const;
  });
}
