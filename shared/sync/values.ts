/**
 * What a synced value may hold. PostgreSQL's jsonb cannot store a NUL character or a lone
 * UTF-16 surrogate, and a value nested thousands deep or with huge numbers of keys costs the
 * server far more than any record needs. A mutation carrying one is refused by itself, with
 * its reason, so the client's queue moves on (it used to answer 500 on every retry, and
 * nothing after it ever synced).
 */
export const VALUE_LIMITS = {
  /** Objects and arrays inside a field's value. */
  depth: 16,
  /** Keys and array items in one mutation's fields, all levels together. */
  entries: 10_000,
  /** A mutation's fields as JSON, in UTF-16 code units (a record is far smaller). */
  size: 256 * 1024,
} as const;

const NUL = String.fromCharCode(0);

/** A lone surrogate: a high one not followed by a low one, or a low one not after a high one. */
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

function textProblem(text: string): string | null {
  if (text.includes(NUL)) return '含有空字符（NUL）。（contains a NUL character.）';
  if (hasLoneSurrogate(text)) return '含有不完整的 Unicode 字符。（contains a lone UTF-16 surrogate.）';
  return null;
}

/**
 * Why a mutation's fields cannot be stored, in both languages, or null when they can. Walks
 * without recursion, so a value nested 10,000 deep cannot overflow the stack either.
 */
export function fieldsProblem(fields: Record<string, unknown>, baseOrgPath?: string): string | null {
  if (baseOrgPath !== undefined) {
    const problem = textProblem(baseOrgPath);
    if (problem) return `所属区划 ${problem}`;
  }
  let entries = 0;
  const stack: { value: unknown; depth: number; at: string }[] = [];
  for (const [key, value] of Object.entries(fields)) stack.push({ value, depth: 0, at: key });
  while (stack.length > 0) {
    const { value, depth, at } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return `字段 ${at} ${problem}`;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= VALUE_LIMITS.depth)
      return `字段 ${at} 嵌套超过 ${VALUE_LIMITS.depth} 层。（field ${at} is nested more than ${VALUE_LIMITS.depth} deep.）`;
    for (const [key, inner] of Object.entries(value)) {
      entries += 1;
      if (entries > VALUE_LIMITS.entries)
        return `修改包含超过 ${VALUE_LIMITS.entries} 个键。（the change holds more than ${VALUE_LIMITS.entries} keys.）`;
      const problem = textProblem(key);
      if (problem) return `字段 ${at} 的键 ${problem}`;
      stack.push({ value: inner, depth: depth + 1, at });
    }
  }
  if (JSON.stringify(fields).length > VALUE_LIMITS.size)
    return `修改超过 ${VALUE_LIMITS.size / 1024} KB。（the change is larger than ${VALUE_LIMITS.size / 1024} KB.）`;
  return null;
}
