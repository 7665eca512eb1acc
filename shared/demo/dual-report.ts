import type { ReportingMember, ServiceActivity, UnitType } from '../model/dual-report';
import { dayNumber, isoDate } from './dates';
import { personName } from './names';
import { beijingLandline, mobileNumber } from './phones';
import { rngFor } from './rng';

/**
 * A community's 双报到: a few stationed units and some in-service party members, most of them
 * registered in the 2018–19 campaign, each serving some days of the past year — a few hours
 * at a time, at a building of the community or at one of its street's 吹哨 events.
 */
/** Units stationed in a community, named after it as such units are (南新园小学, 南新园供电所). */
const UNITS: ReadonlyArray<readonly [suffix: string, type: UnitType]> = [
  ['小学', 'institution'],
  ['社区卫生服务站', 'institution'],
  ['幼儿园', 'institution'],
  ['税务所', 'agency'],
  ['市场监管所', 'agency'],
  ['供电所', 'stateEnterprise'],
  ['邮政支局', 'stateEnterprise'],
  ['建设银行网点', 'stateEnterprise'],
  ['商贸有限公司', 'privateEnterprise'],
  ['物流有限公司', 'privateEnterprise'],
  ['公益服务中心', 'socialOrganisation'],
];

const EMPLOYERS = [
  '区教委',
  '区卫健委',
  '市规划自然资源委',
  '区税务局',
  '国家电网',
  '北京银行',
  '区法院',
  '中国移动',
];

const SERVICES = [
  '楼道堆物清理',
  '垃圾分类桶前值守',
  '文明交通引导',
  '独居老人探访',
  '社区义诊',
  '防诈骗宣传',
  '周末卫生大扫除',
  '疫苗接种引导',
  '四点半课堂辅导',
  '政策宣讲',
];

export interface DemoDualReport {
  members: ReportingMember[];
  activities: ServiceActivity[];
}

export function generateCommunityDualReport(
  seed: number,
  communityPath: string,
  /** Its name: stationed units are named after the place they are in. */
  communityName: string,
  /** The demo's day (`YYYY-MM-DD`): activities are in the year up to it. */
  today: string,
  /** Some buildings of the community, and events of its street, that activities may name. */
  served: { placeIds: readonly string[]; whistleIds: readonly string[] },
  newId: () => string,
): DemoDualReport {
  const rng = rngFor(seed, `dual:${communityPath}`);
  const end = dayNumber(today);
  const campaign = dayNumber('2018-03-01');
  const reportedOn = () =>
    isoDate(rng.chance(0.8) ? campaign + rng.int(0, 660) : rng.int(campaign + 660, end - 30));
  const members: ReportingMember[] = [];
  const stem = communityName.replace(/(社区|村)$/, '');
  for (const [suffix, unitType] of rng.shuffle(UNITS).slice(0, rng.int(2, 4))) {
    const name = stem + suffix;
    // A unit gives its office line, not someone's mobile: the contact is shown unmasked.
    const line = beijingLandline(rng);
    const contact = `${personName(rng, 'middle').name} ${line.slice(0, 3)}-${line.slice(3)}`;
    members.push({
      id: newId(),
      orgPath: communityPath,
      kind: 'organisation',
      name,
      unitType,
      contact,
      reportedOn: reportedOn(),
    });
  }
  for (let i = rng.int(5, 10); i > 0; i--) {
    members.push({
      id: newId(),
      orgPath: communityPath,
      kind: 'partyMember',
      name: personName(rng, rng.chance(0.6) ? 'middle' : 'younger').name,
      employer: rng.pick(EMPLOYERS),
      phone: mobileNumber(rng),
      reportedOn: reportedOn(),
    });
  }
  const activities: ServiceActivity[] = [];
  for (const member of members) {
    const first = Math.max(dayNumber(member.reportedOn), end - 364);
    for (let i = rng.int(1, member.kind === 'organisation' ? 10 : 6); i > 0; i--) {
      const whistle =
        served.whistleIds.length > 0 && rng.chance(0.1) ? rng.pick(served.whistleIds) : undefined;
      const place =
        !whistle && served.placeIds.length > 0 && rng.chance(0.5) ? rng.pick(served.placeIds) : undefined;
      activities.push({
        id: newId(),
        orgPath: communityPath,
        memberId: member.id,
        date: isoDate(rng.int(first, end)),
        hours: rng.pick([1, 1.5, 2, 2, 3, 4]),
        content: whistle ? '配合吹哨事件现场处置' : rng.pick(SERVICES),
        ...(place ? { placeId: place } : {}),
        ...(whistle ? { whistleId: whistle } : {}),
      });
    }
  }
  return { members, activities };
}
