import { describe, expect, it } from 'vitest';
import { checkCharacter, checkResidentId } from './resident-id';

const TODAY = '2026-11-25';
const valid = (first17: string) => first17 + checkCharacter(first17);

describe('resident IDs', () => {
  it('accepts a valid ID and reads its birth date and gender', () => {
    const id = valid('11010519900307123');
    expect(checkResidentId(id, TODAY)).toEqual({
      ok: true,
      id,
      birthDate: '1990-03-07',
      gender: 'male',
      province: '11',
      legacy15: false,
    });
  });

  it('refuses a wrong check character', () => {
    const id = valid('11010519900307123');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expect(checkResidentId(wrong, TODAY)).toEqual({ ok: false, issue: 'coordinator.residentId.checksum' });
  });

  it('accepts a lower-case x and stores it upper case', () => {
    // 11010519491231002X is the standard's own example.
    expect(checkResidentId('11010519491231002x', TODAY)).toMatchObject({
      ok: true,
      id: '11010519491231002X',
      gender: 'female',
    });
  });

  it('refuses 30 February and a birth date in the future', () => {
    expect(checkResidentId(valid('11010519900230123'), TODAY)).toEqual({
      ok: false,
      issue: 'coordinator.residentId.birthDate',
    });
    expect(checkResidentId(valid('11010520990101123'), TODAY)).toEqual({
      ok: false,
      issue: 'coordinator.residentId.birthDate',
    });
  });

  it('refuses an unknown region', () => {
    expect(checkResidentId(valid('99010519900307123'), TODAY)).toEqual({
      ok: false,
      issue: 'coordinator.residentId.region',
    });
  });

  it('recognises the old 15-digit form, converts and flags it', () => {
    expect(checkResidentId('110105900307123', TODAY)).toEqual({
      ok: true,
      id: valid('11010519900307123'),
      birthDate: '1990-03-07',
      gender: 'male',
      province: '11',
      legacy15: true,
    });
  });

  it('checks the old 15-digit form too: its date and its region', () => {
    expect(checkResidentId('110105900230123', TODAY)).toEqual({
      ok: false,
      issue: 'coordinator.residentId.birthDate',
    });
    expect(checkResidentId('990105900307123', TODAY)).toEqual({
      ok: false,
      issue: 'coordinator.residentId.region',
    });
  });

  it('refuses a province code without a county (110000…)', () => {
    expect(checkResidentId(valid('11000019900307123'), TODAY)).toEqual({
      ok: false,
      issue: 'coordinator.residentId.region',
    });
  });

  it('tolerates spaces and full-width digits, refuses other shapes', () => {
    expect(checkResidentId(' １１０１０５ 19900307123' + checkCharacter('11010519900307123'), TODAY).ok).toBe(
      true,
    );
    expect(checkResidentId('1.10105199003071E+17', TODAY)).toEqual({
      ok: false,
      issue: 'coordinator.residentId.format',
    });
    expect(checkResidentId('', TODAY)).toEqual({ ok: false, issue: 'coordinator.residentId.required' });
  });
});
