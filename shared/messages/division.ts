/** Messages of the `division.*` codes (区划调整), shown as `errors.division.<code>`. */
export const DIVISION_MESSAGES_ZH = {
  sources: '请选择要调整的社区（合并至少选两个）',
  sourceUnknown: '找不到社区 {{detail}}，或它已被撤并',
  sourceLevel: '{{detail}} 不是可做此调整的社区或村（撤村建居只能选村）',
  remainder: '请指定一个保留其余楼门院和网格的社区',
  targetName: '请填写调整后社区的名称',
  targetEmpty: '新社区还没有分到网格或楼门院',
  targetUnknown: '社区 {{detail}} 不在本街道，或已被撤并',
  twice: '{{detail}} 被分到了两个社区',
  notInSource: '{{detail}} 不属于要调整的社区',
  codesFull: '本街道的社区代码（001–199）已用完',
  date: '请填写生效日期（YYYY-MM-DD）',
  notWritable: '当前角色不能调整区划',
  notApplied: '这次调整尚未实施或已撤销',
  undo: {
    laterChange: '之后又有 {{count}} 次区划调整涉及这些社区，请先撤销后来的调整',
    madeSince: '调整后新社区里又新增了 {{count}} 条记录，撤销会让它们无处归属，不能撤销',
  },
};

export const DIVISION_MESSAGES_EN: typeof DIVISION_MESSAGES_ZH = {
  sources: 'Choose the communities to change (a merge needs at least two)',
  sourceUnknown: 'Community {{detail}} was not found, or has been merged away',
  sourceLevel: '{{detail}} cannot be changed this way (only a village becomes a community)',
  remainder: 'Say which community keeps the remaining places and grids',
  targetName: 'Name the community',
  targetEmpty: 'The new community has no grids or places yet',
  targetUnknown: 'Community {{detail}} is not in this street, or has been merged away',
  twice: '{{detail}} is given to two communities',
  notInSource: '{{detail}} does not belong to the communities being changed',
  codesFull: 'The street has used all its community codes (001–199)',
  date: 'Give the date it takes effect (YYYY-MM-DD)',
  notWritable: 'This role may not change divisions',
  notApplied: 'This change has not been applied, or was undone',
  undo: {
    laterChange: '{{count}} later changes touch these communities: undo them first',
    madeSince:
      '{{count}} records were made in the new communities since: undoing would leave them nowhere, so it is refused',
  },
};
