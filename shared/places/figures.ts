import type { CoverageRow } from './coverage';

/**
 * The registry's figures, one definition each: the name a screen gives a figure, what it
 * counts (shown on hover), and how it is read from the coverage of a scope. 概览, the coverage
 * tab, the list and any report show these and only these, so the same word is the same number
 * everywhere (概览 said 楼门院 2,180 while the list said 共 2439 条: two figures, one name).
 */
export interface Figure {
  zh: { name: string; definition: string };
  en: { name: string; definition: string };
  of(total: CoverageRow): number;
}

export const PLACE_FIGURES = {
  registeredPlaces: {
    zh: {
      name: '楼门院',
      definition: '登记的楼、单元门、院落和平房院，每条记录计一次；与楼门院列表的条数相同。',
    },
    en: {
      name: 'Places',
      definition:
        'Registered buildings, gates, courtyards and bungalow yards, one per record: the count of the places list.',
    },
    of: (t) => t.registeredPlaces,
  },
  coverageUnits: {
    zh: {
      name: '覆盖单元',
      definition:
        '包楼门院考核的单位：单元门、院落、平房院，以及未分单元登记的楼；已登记单元门的楼由其单元门覆盖，不另计。',
    },
    en: {
      name: 'Coverage units',
      definition:
        'What coverage is assessed on: gates, courtyards, bungalow yards and buildings without registered gates; a building with gates is covered through them.',
    },
    of: (t) => t.places,
  },
  placesWithGaps: {
    zh: {
      name: '有缺口的覆盖单元',
      definition:
        '缺少楼门长、包楼社工、养老驿站或警务站信息中至少一项的覆盖单元，每个单元计一次；各项缺口见覆盖情况。',
    },
    en: {
      name: 'Units with gaps',
      definition:
        'Coverage units lacking at least one of: a head, a covering worker, elderly-care or police information; each counted once (each gap is on the coverage tab).',
    },
    of: (t) => t.placesWithGaps,
  },
  households: {
    zh: {
      name: '户数',
      definition: '各社区（村）登记的户数；社区未登记户数的，计其楼、院登记户数之和。与覆盖情况的合计相同。',
    },
    en: {
      name: 'Households',
      definition:
        'Households as each community or village registers them; where it has none, the sum over its buildings and yards. The coverage total.',
    },
    of: (t) => t.households,
  },
  workers: {
    zh: { name: '社区工作者', definition: '登记的社区工作者人数。' },
    en: { name: 'Community workers', definition: 'Registered community workers.' },
    of: (t) => t.workers,
  },
} satisfies Record<string, Figure>;

export type PlaceFigure = keyof typeof PLACE_FIGURES;
