import { describe, expect, it } from 'vitest';
import { checkMobile, checkPhone, normalizePhone } from './phone';
import { maskPhone, maskResidentId } from './mask';
import { cleanProse, cleanText } from './text';

describe('phones', () => {
  it('normalises what people type', () => {
    expect(normalizePhone('138 0013 8000')).toBe('13800138000');
    expect(normalizePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('0086 13800138000')).toBe('13800138000');
    expect(normalizePhone('１３８００１３８０００')).toBe('13800138000');
    expect(normalizePhone('138\u200B00138000')).toBe('13800138000');
    expect(normalizePhone('(010) 6512-3456')).toBe('01065123456');
  });

  it('accepts mobiles and refuses what is not one', () => {
    expect(checkMobile('13800138000')).toEqual({ phone: '13800138000' });
    expect(checkMobile('12800138000')).toEqual({ issue: 'phone.mobile' });
    expect(checkMobile('1380013800')).toEqual({ issue: 'phone.mobile' });
    expect(checkMobile('')).toEqual({ issue: 'phone.required' });
    expect(checkMobile('010-65123456')).toEqual({ issue: 'phone.mobile' });
  });

  it('accepts landlines for service points', () => {
    expect(checkPhone('010-6512 3456')).toEqual({ phone: '01065123456' });
    expect(checkPhone('65123456')).toEqual({ phone: '65123456' });
    expect(checkPhone('123')).toEqual({ issue: 'phone.format' });
  });
});

describe('masking', () => {
  it('keeps enough to recognise a number, not to use it', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskResidentId('110105199001011234')).toBe('110105********1234');
    expect(maskPhone('123')).toBe('***');
  });
});

describe('text', () => {
  it('folds full-width characters and drops zero-width ones', () => {
    expect(cleanText('  Ａ座\u200D３号楼\u3000')).toBe('A座3号楼');
  });
});

describe('prose', () => {
  it('keeps the full-width punctuation of Chinese text, dropping only what no one meant', () => {
    expect(cleanProse(' 已清理，三日内（含周末）完成：“好”。\u200B')).toBe(
      '已清理，三日内（含周末）完成：“好”。',
    );
    expect(cleanProse('说明\u0000')).toBe('说明');
    expect(cleanProse(undefined)).toBe('');
    // Names and codes still fold: what cleanText is for.
    expect(cleanText('１２号楼，')).toBe('12号楼,');
  });
});

describe('text no record can hold', () => {
  it('drops NUL, control characters and broken surrogate halves, keeping everything else', async () => {
    const { cleanText, storableText, storableValues } = await import('./text');
    expect(storableText('南新园\u00005号楼')).toBe('南新园5号楼');
    expect(storableText('a\tb\nc\r\n')).toBe('a\tb\nc\r\n');
    expect(storableText('x\uD800y\uDC00z')).toBe('xyz');
    expect(storableText('𠀀')).toBe('𠀀'); // a whole pair stays
    expect(cleanText(' 王\u0000秀英 ')).toBe('王秀英');
    const date = new Date(0);
    expect(
      storableValues({ name: 'a\u0000', head: { phone: '1\u0007' }, tags: ['b\u0000'], on: date }),
    ).toEqual({
      name: 'a',
      head: { phone: '1' },
      tags: ['b'],
      on: date,
    });
  });
});
