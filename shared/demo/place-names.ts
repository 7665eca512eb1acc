import { words } from './lists';
import type { Rng } from './rng';

/**
 * Names of communities, compounds (小区), hutongs and villages. They follow the patterns of
 * real Beijing names (华威西里, 百子湾家园, 菊儿胡同, 东四三条, 王各庄村) without claiming
 * to be the real units of a street: only the two fixed extremes (fixtures.ts) are real.
 */

/** Stems of compound and community names: placeless words developers and planners favour. */
const COMPOUND_STEMS = words(`
  华威 武圣 劲松 百子湾 金蝉 双花 芳城 紫南 东湖 安慧 惠新 甘露 双龙 翠城 康家 西坝 花家 高家
  驼房 延静 金台 水碓 核桃 光华 永安 光辉 农光 弘善 平乐 松榆 百环 首城 富力 东坝 常营 观音
  芳古 芳群 芳星 紫芳 蒲黄 洋桥 西罗 东高 万源 和义 玉林 开阳 太平 丽泽 万柳 紫竹 车公 甘家
  百万 三里 月坛 真武 椿树 菜园 育新 牡丹 塔院 志新 双榆 知春 万泉 四季 永定 羊坊 五棵 玉泉
  龙泽 枣园 康庄 新华 玉桥 梨园 临河 永顺 中仓 果园 通运 翠屏 石园 胜利 仁和 光明 双丰 旺泉
  滨河 兴谷 渔阳 檀营 百泉 香水 儒林 妫水 夏都 拱辰 长阳 燕山 东风 向阳 迎风 星城 金隅 远洋
  首开 阳光 世纪 金色 翠湖 丽景 嘉和 康泽 美然 和谐 幸福 丰和 润泽 宝隆 建欣 长安 芳华 锦绣
  紫荆 桂香 怡景 碧水 兴隆 龙祥 福海 明珠 盛世 祥和 瑞海 恒通 泰和 安华 惠民 康乐 和平 新康
  永乐 春晖 秀水 丽园 欣园 华源 安苑 北辰 天通 清源 兴丰 林校 瀛海 旧宫 亦城 天华 望春 金地
`);

/** Community and compound name endings; 里 and 园 dominate the older inner-city names. */
const COMPOUND_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['里', 6],
  ['东里', 4],
  ['西里', 4],
  ['南里', 3],
  ['北里', 4],
  ['园', 8],
  ['家园', 6],
  ['花园', 4],
  ['嘉园', 3],
  ['佳园', 2],
  ['苑', 5],
  ['新村', 2],
  ['新城', 2],
  ['公寓', 1],
  ['雅苑', 2],
];

/** Endings that read as a compound name without 小区 (华威西里, 百子湾家园). */
const SELF_STANDING = /(里|家园|花园|嘉园|佳园|新村|新城|新区|公寓|雅苑)$/;

/** The street's own stem: 南磨房地区 → 南磨房, 西田各庄镇 → 西田各庄. */
export function streetStem(streetName: string): string {
  return streetName.replace(/(街道|地区|镇|乡)$/, '');
}

/** A community or compound base name: stem + ending (华威西里, 金蝉北里, 翠城园). */
export function compoundBase(rng: Rng, localStem?: string): string {
  // About one name in seven reuses the street's own place name (劲松北里 in 劲松街道), as real ones often do.
  const stem = localStem && rng.chance(0.15) ? localStem : rng.pick(COMPOUND_STEMS);
  return stem + rng.weighted(COMPOUND_SUFFIXES);
}

/** The compound as people write it in an address: 南新园 → 南新园小区, 华威西里 stays. */
export function compoundFullName(base: string): string {
  return SELF_STANDING.test(base) ? base : base + '小区';
}

/** Hutong stems of the old city; a stem alone is a hutong name when it already ends in 街/巷. */
const HUTONG_STEMS = words(`
  菊儿 帽儿 雨儿 福祥 蓑衣 秦老 北兵马司 东棉花 圆恩寺 黑芝麻 沙井 板厂 东不压桥 豆角 史家 演乐
  礼士 本司 灯草 钱粮 大佛寺 新太仓 炒豆 拐棒 东旺 扬威 大兴 府学 五道营 箭厂 方家 砖塔 白塔寺
  茶叶 宫门口 百花深处 护国寺 铁匠营 石碑 椿树 琉璃厂 杨梅竹斜街 铁树斜街 樱桃斜街 棕树斜街 米市
  烂缦 柳巷 红线 丞相 羊肉 兴华 东堂子 西堂子 干面 禄米仓 芳嘉园 大羊宜宾 小羊宜宾 赵堂子 遂安伯
  前门西河沿街 草厂 鲜鱼口街 长巷 西打磨厂街 北芦草园 南芦草园 花市 手帕 兴隆街 后细瓦厂 锣鼓巷
  帅府园 金鱼 西总布 东总布 北总布 贡院 方巾巷 新开路 船板 苏州 东交民巷 西交民巷 校尉 甘雨
`);

/** Stems of the numbered lanes (东四三条) and the ordinals they take. */
const NUMBERED_LANE_STEMS = words('东四 西四北 北新桥 交道口北 草厂 鼓楼东 东直门北 前门东');
const LANE_ORDINALS = words('头条 二条 三条 四条 五条 六条 七条 八条 九条 十条 十一条 十二条 十三条 十四条');
const DIRECTIONS = words('东 西 南 北 前 后 大 小');

/** A hutong name: 菊儿胡同, 北芦草园胡同, 东四三条, 杨梅竹斜街. */
export function hutongName(rng: Rng): string {
  const roll = rng.float();
  if (roll < 0.12) return rng.pick(NUMBERED_LANE_STEMS) + rng.pick(LANE_ORDINALS);
  let stem = rng.pick(HUTONG_STEMS);
  // 前/后 and 东/西 pairs are common (前圆恩寺, 后圆恩寺), but never on a stem that already has one.
  if (roll < 0.3 && !/^[东西南北前后大小]/.test(stem)) stem = rng.pick(DIRECTIONS) + stem;
  return /(街|巷)$/.test(stem) ? stem : stem + '胡同';
}

/** The stem a hutong community is named after: 菊儿胡同 → 菊儿, 东四三条 → 东四三条. */
export function hutongCommunityBase(hutong: string): string {
  return hutong.replace(/(胡同|斜街|街)$/, '');
}

/** Road names for service point addresses outside the hutongs. */
const ROAD_ENDINGS: ReadonlyArray<readonly [string, number]> = [
  ['路', 5],
  ['街', 3],
  ['大街', 2],
  ['东路', 2],
  ['西路', 2],
  ['南路', 2],
  ['北路', 2],
  ['中路', 1],
];

export function roadName(rng: Rng, base: string): string {
  // Drop a compound ending so 华威西里 gives 华威路, but keep 园: 南新园 gives 南新园西路.
  const stem = base.replace(/(东里|西里|南里|北里|里|家园|花园|嘉园|佳园|雅苑|新村|新城|新区|公寓|苑)$/, '');
  return (stem === '' ? base : stem) + rng.weighted(ROAD_ENDINGS);
}

/** Village names: a first element, often a family name or a landmark, and a settlement word. */
const VILLAGE_FIRST = words(`
  王 李 张 刘 马 高 杨 赵 孙 郭 田 沙 石 柳 榆 桃 杏 枣 梨 白 黄 黑 红 青 龙 凤 牛 羊 鹿 长 双 三
  五 八 十八 大 小 东 西 南 北 前 后 上 下 辛 新 古 铁 河 山 水 金 银 宋 陈 于 窦 燕 韩 霍 谢 胡
`);
const VILLAGE_SETTLEMENT = words(`
  各庄 庄 辛庄 营 屯 店 峪 沟 台 河 坨 家务 堡 寨 口 甸 坡 岭 园 场 窑 厂 洼 湾 头 村 庄子 桥 坊 务
`);

/** A village name without 村: 王各庄, 沙河, 石门营. */
export function villageBase(rng: Rng): string {
  let first = rng.pick(VILLAGE_FIRST);
  // Directions often come before another element (东王各庄, 南辛庄), rarely alone.
  if (/^[东西南北前后上下]$/.test(first) && rng.chance(0.7)) first += rng.pick(VILLAGE_FIRST.slice(0, 30));
  return first + rng.pick(VILLAGE_SETTLEMENT);
}

/** Lanes inside a village or a bungalow community (沿村东街5号). */
export const VILLAGE_LANES = words(
  '东街 西街 南街 北街 前街 后街 中街 大街 一巷 二巷 三巷 四巷 五巷 东巷 西巷',
);

const DIGITS = words('零 一 二 三 四 五 六 七 八 九');

/** 1–99 in Chinese numerals, as grid names use them: 第十二网格. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`chineseNumber: ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]!) + '十' + (ones === 0 ? '' : DIGITS[ones]!);
}
