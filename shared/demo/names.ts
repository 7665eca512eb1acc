import { parseWeights, words } from './lists';
import { weightedTable, type Rng } from './rng';

/**
 * Surnames with weights in per mille of the population, after the 2020 census ranking,
 * nudged towards north China (more 王/张/李/刘/赵, fewer 陈/黄/林) — our modelling choice.
 * 单 (Shàn) and 曾 (Zēng) are in on purpose: search must read them as surnames.
 */
const SURNAMES = weightedTable(
  parseWeights(
    '王:92 李:80 张:82 刘:66 赵:34 杨:33 陈:30 马:18 高:17 孙:16 徐:13 郭:14 周:13 吴:12 朱:11 于:11 ' +
      '胡:10 田:10 黄:10 宋:9 韩:9 董:9 何:8 杜:8 崔:8 石:8 冯:7 任:7 贾:7 许:7 孟:7 曹:7 ' +
      '郑:7 梁:6 魏:6 谢:6 付:6 侯:6 姜:6 白:6 罗:5 林:5 唐:5 邓:5 袁:5 彭:4 曾:4 吕:5 ' +
      '苏:5 丁:5 沈:4 闫:5 薛:4 常:4 蒋:4 范:4 史:4 康:4 程:4 邢:3 牛:3 安:3 尹:3 潘:3 ' +
      '卢:3 方:3 金:3 武:3 齐:3 单:2 岳:2 庞:2 关:2 葛:2 郝:3 段:3 雷:2 钱:2 陶:2 秦:2 ' +
      '肖:3 欧阳:0.4 司马:0.1',
  ),
);

export type Gender = 'male' | 'female';
/**
 * When someone was born, roughly: given names follow fashions, and 楼门长 are mostly
 * retirees while 社区工作者 are younger.
 */
export type Generation = 'older' | 'middle' | 'younger';

/** Common given names by generation and gender; single characters were commoner in the middle one. */
const GIVEN_TEXT: Record<Generation, Record<Gender, { double: string; single: string }>> = {
  older: {
    male: {
      double:
        '建国 国庆 建华 建军 振华 德明 志刚 卫东 长林 桂林 福海 玉林 宝山 德福 永明 国强 建民 树林 金生 学军 卫国 国华 文明 德山',
      single: '军 强 明 刚 勇 平 华 林 斌 忠 福 山 海',
    },
    female: {
      double:
        '秀英 桂英 秀兰 玉兰 桂兰 淑珍 凤英 玉珍 秀珍 淑兰 桂珍 凤兰 玉梅 淑华 秀云 素珍 丽华 淑英 秀芳 桂芳 玉芬 淑芬',
      single: '珍 兰 英 华 芳 梅 霞 琴 萍',
    },
  },
  middle: {
    male: {
      double:
        '志强 海涛 建伟 晓东 立新 永刚 建新 立军 宏伟 春生 海波 国栋 晓峰 东升 亚军 卫华 振宇 学文 志勇 晓光',
      single: '伟 磊 涛 鹏 军 斌 辉 勇 峰 超 亮 杰 宁 健',
    },
    female: {
      double:
        '丽娟 红霞 海燕 丽萍 艳红 晓燕 春梅 秀梅 红梅 艳玲 丽丽 晓红 彩霞 雪梅 美玲 亚楠 慧敏 晓丽 春燕 秀娟',
      single: '丽 静 敏 燕 艳 娟 红 英 霞 萍 芳 颖',
    },
  },
  younger: {
    male: {
      double:
        '浩然 子轩 宇航 一鸣 博文 思远 俊杰 梓豪 晨阳 家豪 子健 天宇 昊天 鹏飞 泽宇 明轩 嘉伟 文博 志远 晓宇',
      single: '浩 宇 博 晨 凯 帅 阳 旭 哲 鑫 昊 睿',
    },
    female: {
      double:
        '婷婷 欣怡 雨涵 梓涵 思雨 佳怡 诗涵 晓雪 梦瑶 雅琪 子涵 心怡 一诺 佳琪 雨欣 婉婷 静怡 文静 梦琪 思琪',
      single: '婷 雪 琳 洁 璐 倩 蕾 悦 瑶 晶 月 丹',
    },
  },
};

type NamePools = { double: readonly string[]; single: readonly string[] };
const GIVEN = Object.fromEntries(
  Object.entries(GIVEN_TEXT).map(([generation, byGender]) => [
    generation,
    Object.fromEntries(
      Object.entries(byGender).map(([gender, p]) => [
        gender,
        { double: words(p.double), single: words(p.single) },
      ]),
    ),
  ]),
) as Record<Generation, Record<Gender, NamePools>>;

/** Share of one-character given names per generation (our estimate; they were commonest c. 1960–1985). */
const SINGLE_SHARE: Record<Generation, number> = { older: 0.3, middle: 0.4, younger: 0.2 };

export interface PersonName {
  name: string;
  gender: Gender;
}

/** A person's name: surname by frequency, given name of 1–2 characters by gender and generation. */
export function personName(rng: Rng, generation: Generation, femaleShare = 0.5): PersonName {
  const gender: Gender = rng.chance(femaleShare) ? 'female' : 'male';
  const surname = rng.fromTable(SURNAMES);
  const pool = GIVEN[generation][gender];
  const given = rng.chance(SINGLE_SHARE[generation]) ? rng.pick(pool.single) : rng.pick(pool.double);
  return { name: surname + given, gender };
}

/** Exposed for tests and for screens that want to show what the generator draws from. */
export const SURNAME_LIST: readonly string[] = SURNAMES.items;
