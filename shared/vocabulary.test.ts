import { describe, expect, it } from 'vitest';
import { ENTITY_SPECS } from './excel/entities';
import * as vocabularies from './vocabulary';
import type { Term, Vocabulary } from './vocabulary';

const ALL = Object.entries(vocabularies).filter(
  (entry): entry is [string, Vocabulary<string>] => typeof entry[1] === 'object',
);

function vocabularyOf(values: readonly string[]): [string, Vocabulary<string>] | undefined {
  return ALL.find(([, v]) => values.every((value) => Object.hasOwn(v, value)));
}

describe('one word per value, shared by screens and Excel', () => {
  const optionFields = Object.entries(ENTITY_SPECS).flatMap(([entity, spec]) =>
    spec.fields.filter((f) => f.options).map((f) => [`${entity}.${f.key}`, f] as const),
  );

  it('finds the option fields it checks', () => {
    expect(optionFields.length).toBeGreaterThanOrEqual(12);
  });

  it.each(optionFields)('%s uses the words of its vocabulary', (_name, field) => {
    const options = field.options ?? [];
    const found = vocabularyOf(options.map((o) => o.value));
    expect(found, 'every option field takes its words from shared/vocabulary.ts').toBeDefined();
    const vocabulary = found![1];
    for (const option of options) {
      const term: Term = vocabulary[option.value]!;
      expect([option.label, option.labelEn]).toEqual([term.zh, term.en]);
    }
  });

  it('never lets one value read as another: no word or synonym names two values of a field', () => {
    for (const [name, vocabulary] of ALL) {
      const owner = new Map<string, string>();
      for (const [value, term] of Object.entries(vocabulary)) {
        for (const word of [term.zh, term.en, ...(term.synonyms ?? [])]) {
          const key = word.toLowerCase();
          expect(owner.get(key) ?? value, `${name}: "${word}"`).toBe(value);
          owner.set(key, value);
        }
      }
    }
  });

  it('the roster and its workbook say 休假 and 停岗, and still read 请假 and 停用', () => {
    const status = ENTITY_SPECS.coordinators.fields.find((f) => f.key === 'status')!;
    const byLabel = (word: string) =>
      status.options!.find((o) => o.label === word || o.synonyms?.includes(word))?.value;
    expect(vocabularies.wordsIn(vocabularies.COORDINATOR_STATUS, 'zh')).toMatchObject({
      onLeave: '休假',
      suspended: '停岗',
    });
    expect([byLabel('请假'), byLabel('停用')]).toEqual(['onLeave', 'suspended']);
  });
});
