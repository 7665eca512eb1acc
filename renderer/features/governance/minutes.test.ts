import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { strFromU8, unzipSync } from 'fflate';
import type { ConsultationMeeting } from '@shared/model/governance';
import { i18next, initI18n } from '../../app/i18n';
import { lineText, minutesDocx, minutesOf } from './minutes';

const meeting: ConsultationMeeting = {
  id: 'm1',
  orgPath: '110105/110105021/110105021001',
  topicId: 't1',
  date: '2026-11-20',
  venue: '社区议事厅',
  level: 'community',
  participants: { residents: 12, residentRepresentatives: 5 },
  attendees: '张某、李某',
  options: ['楼道加装声控灯', '物业每周清理一次'],
  decision: {
    text: '加装声控灯，物业每周清理',
    votesFor: 15,
    votesAgainst: 1,
    abstentions: 1,
    carriedOutBy: '南新园物业',
    dueOn: '2026-12-31',
  },
  minutesBy: '王记录',
};
const topic = { title: '5号楼楼道堆物与照明' };

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  await initI18n('zh-CN');
  zh = i18next.getFixedT('zh-CN');
  en = i18next.getFixedT('en');
});

const texts = (m: ReturnType<typeof minutesOf>) =>
  m.parts.flatMap((p) =>
    p.kind === 'line' ? [lineText(p, m.colon)] : p.kind === 'list' ? [p.label, ...p.items] : [...p.lines],
  );

describe('会议纪要', () => {
  it('says who met, where, what was weighed, what was decided and by what vote', () => {
    const m = minutesOf(topic, meeting, '南新园社区', zh);
    expect(m.title).toBe('南新园社区议事协商会议纪要');
    const lines = texts(m);
    expect(lines).toContain('议题：5号楼楼道堆物与照明');
    expect(lines).toContain('地点：社区议事厅');
    expect(lines.find((l) => l.startsWith('参会人员：'))).toContain('17');
    expect(lines).toContain('楼道加装声控灯');
    expect(lines).toContain('决议：加装声控灯，物业每周清理');
    expect(lines.find((l) => l.startsWith('表决结果：'))).toMatch(/15.*1.*1/);
    expect(lines).toContain('记录人：王记录');
    expect(lines).toContain('南新园社区（盖章）');
  });

  it('says so when the meeting took no decision, and reads in English', () => {
    const { decision: _, ...discussed } = meeting;
    const zhLines = texts(minutesOf(topic, discussed, '南新园社区', zh));
    expect(zhLines).toContain('本次会议未形成决议。');
    expect(zhLines.some((l) => l.startsWith('决议：'))).toBe(false);
    const enLines = texts(minutesOf(topic, meeting, 'Nanxinyuan', en));
    expect(enLines).toContain('Topic: 5号楼楼道堆物与照明');
    expect(enLines).toContain('Minutes by: 王记录');
  });

  it('files the same parts as a Word document', async () => {
    const m = minutesOf(topic, meeting, '南新园社区', zh);
    const body = strFromU8(unzipSync(await minutesDocx(m))['word/document.xml']!);
    expect(body).toContain('南新园社区议事协商会议纪要');
    for (const line of texts(m)) expect(body).toContain(line);
    expect(body).toContain('1. 楼道加装声控灯');
  });
});
