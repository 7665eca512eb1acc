import { describe, expect, it } from 'vitest';
import * as v from '@shared/vocabulary';
import { resources } from './index';

/** Where each screen shows a field's words; they must be the words Excel writes and reads. */
const SHOWN_AT: readonly [string, v.Vocabulary<string>][] = [
  ['coordinators.status', v.COORDINATOR_STATUS],
  ['coordinators.gender', v.GENDER],
  ['dispatch.shift', v.SHIFT],
  ['dispatch.source', v.WORK_SOURCE],
  ['dispatch.attendance.mark', v.ATTENDANCE_MARK],
  ['lists.kind', v.LIST_KIND],
  ['lists.itemKind', v.LIST_ITEM_KIND],
  ['lists.mode', v.ASSISTANCE_MODE],
  ['access.status', v.ACCESS_STATUS],
  ['org.level', v.ORG_LEVEL],
  ['places.type', v.PLACE_TYPE],
  ['places.servicePoints.kind', v.SERVICE_POINT_KIND],
  ['places.workers.role', v.WORKER_ROLE],
];

function at(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

describe('screens show the shared vocabulary', () => {
  it.each(SHOWN_AT)('%s', (path, vocabulary) => {
    expect(at(resources['zh-CN'].translation, path)).toEqual(v.wordsIn(vocabulary, 'zh'));
    expect(at(resources.en.translation, path)).toEqual(v.wordsIn(vocabulary, 'en'));
  });
});
