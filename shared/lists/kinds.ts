import type { ListItemKind, ListKind } from '../model/lists';

/** Which item kinds each list uses (issue 3): duties, enforcement powers, community tasks. */
export const ITEM_KINDS: Record<ListKind, readonly ListItemKind[]> = {
  streetDuties: ['basic', 'cooperative', 'returned'],
  enforcement: ['comprehensive', 'joint'],
  communityTasks: ['perform', 'assist'],
};

/**
 * Sections each list is kept in (design): the six offices of the 2018 Dongcheng pilot for
 * duties, the source departments of the 2020 transfer (京政发〔2020〕9号) for enforcement, and
 * the two parts of the community task list (seed). Users may add other sections; these are
 * what forms offer first.
 */
export const SUGGESTED_SECTIONS: Record<ListKind, readonly string[]> = {
  streetDuties: ['党群工作', '平安建设', '城市管理', '社区建设', '民生保障', '综合保障'],
  enforcement: ['城管执法', '水务', '卫生健康', '生态环境', '农业农村'],
  communityTasks: ['社区依法履行职责', '社区依法协助政府工作'],
};

/** Code prefixes of new items (JD-001, ZF-001, SQ-001). */
export const CODE_PREFIX: Record<ListKind, string> = {
  streetDuties: 'JD',
  enforcement: 'ZF',
  communityTasks: 'SQ',
};

/** The next free code in an edition: the prefix and one more than the highest number used. */
export function nextItemCode(kind: ListKind, codes: readonly string[]): string {
  const prefix = CODE_PREFIX[kind];
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  const highest = codes.reduce((max, c) => Math.max(max, Number(pattern.exec(c)?.[1] ?? 0)), 0);
  return `${prefix}-${String(highest + 1).padStart(3, '0')}`;
}
