/**
 * The two real extremes named in public reporting (北京晚报 2019-12-26, DOMAIN.md): the
 * largest and the smallest community of Beijing. Each is the first community of its street
 * in every demo, whatever the seed, so screens and searches always have them to show.
 */
export interface FixedCommunity {
  streetCode: string;
  name: string;
  /** What compounds, lanes and service points are named after. */
  base: string;
  households: number;
  residents: number;
  style: 'compound' | 'bungalow';
  /** Compounds named after the community, so a search for "nxy" finds its buildings. */
  compoundNames?: readonly string[];
}

export const FIXED_COMMUNITIES: readonly FixedCommunity[] = [
  {
    // 8,500 households and "nearly 20,000" people; 19,800 is our reading of "nearly".
    streetCode: '110105021',
    name: '南新园社区',
    base: '南新园',
    households: 8500,
    residents: 19800,
    style: 'compound',
    compoundNames: ['南新园小区', '南新园北区', '南新园西区', '南新园东区'],
  },
  {
    // The article places it in 房山区; 西田各庄镇 is in 密云区, whose code we follow.
    streetCode: '110118102',
    name: '沿村社区',
    base: '沿村',
    households: 78,
    residents: 101,
    style: 'bungalow',
  },
];

/** Generated communities stay strictly between the fixed extremes, so those remain the real ones. */
export const GENERATED_HOUSEHOLDS = { min: 120, max: 8000 } as const;
