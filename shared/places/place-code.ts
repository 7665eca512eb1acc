/**
 * 楼门院编码 (design): the community's 12-digit code followed by a 4-digit sequence, so a
 * place's code says which community holds it and codes stay unique without a server.
 */
export type PlaceCodeIssue = 'place.code.required' | 'place.code.format' | 'place.code.community';

export function checkPlaceCode(code: string, communityCode?: string): PlaceCodeIssue | null {
  if (code === '') return 'place.code.required';
  if (!/^\d{16}$/.test(code) || code.endsWith('0000')) return 'place.code.format';
  if (communityCode !== undefined && !code.startsWith(communityCode)) return 'place.code.community';
  return null;
}

/** The next unused code in a community, or null when all 9,999 are taken. */
export function nextPlaceCode(communityCode: string, usedCodes: Iterable<string>): string | null {
  let max = 0;
  const used = new Set<string>();
  for (const c of usedCodes) {
    if (!c.startsWith(communityCode)) continue;
    used.add(c);
    max = Math.max(max, Number(c.slice(12)));
  }
  // Usually the next after the highest; the scan only runs when the top is full.
  if (max < 9999) return communityCode + String(max + 1).padStart(4, '0');
  for (let n = 1; n <= 9999; n++) {
    const c = communityCode + String(n).padStart(4, '0');
    if (!used.has(c)) return c;
  }
  return null;
}
