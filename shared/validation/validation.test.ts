import { describe, expect, it } from 'vitest';
import { checkMobile, checkPhone, normalizePhone } from './phone';
import { maskPhone, maskResidentId } from './mask';
import { cleanText } from './text';

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
