import { describe, expect, it } from 'vitest';
import { ENTITY_SPECS } from './entities';
import type { Grid, LoadedWorkbook, SheetCell } from './read';
import { sheetChoices } from './sheets';

const text = (v: string): SheetCell => ({ t: 's', v });

function book(grids: Record<string, Grid['data']>): LoadedWorkbook {
  return {
    format: 'xlsx',
    sheets: Object.keys(grids).map((name) => ({ name, hidden: false, rows: 2, columns: 4 })),
    grid: (name) => ({ sheet: name, rows: 2, columns: 4, data: grids[name]! }),
  };
}

describe('sheetChoices', () => {
  const roster = [
    ['姓名', '公民身份号码', '协管员类别', '所属街道'].map(text),
    ['张三', '1', '交通协管员', '建外街道'].map(text),
  ];

  it('scores a sheet the engine would refuse as no fit, and still offers the others', () => {
    const unsafe = [['__proto__', '姓名'].map(text), ['x', '张三'].map(text)];
    const notes = [[text('2026年11月')], [text('第1页')]];
    const choices = sheetChoices(
      book({ 说明: notes, 坏表: unsafe, 花名册: roster }),
      ENTITY_SPECS.coordinators,
    );
    expect(choices.sheets.map((s) => [s.name, s.matched])).toEqual([
      ['说明', 0],
      ['坏表', 0],
      ['花名册', 4],
    ]);
    expect(choices.suggested).toBe('花名册');
  });

  it('lets any other failure through instead of calling it a poor fit', () => {
    const broken = new Proxy([] as Grid['data'], {
      get(target, key) {
        if (key === '0') throw new TypeError('cells unreadable');
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(() => sheetChoices(book({ 花名册: roster, 坏表: broken }), ENTITY_SPECS.coordinators)).toThrow(
      TypeError,
    );
  });
});
