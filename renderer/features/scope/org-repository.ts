import type { OrgLevel, OrgUnit } from '@shared/model/org';
import { checkOrgCode, CHILD_CODE_RANGE, nextChildCode, orgPathOfCode, CODE_LENGTH } from '@shared/org/codes';
import { cleanText } from '@shared/validation/text';
import { db } from '../../db';
import { putRecord } from '../../db/records';
import { InputError } from '../../app/input-error';

export type ChildLevel = Extract<OrgLevel, 'community' | 'village' | 'grid'>;

export interface OrgUnitInput {
  level: ChildLevel;
  parentCode: string;
  code: string;
  name: string;
  households?: number;
  residents?: number;
}

/** The next free code for a new child of `parentCode`. */
export async function suggestChildCode(parentCode: string, level: ChildLevel): Promise<string> {
  const siblings = await db.orgUnits.where('parentCode').equals(parentCode).toArray();
  return (
    nextChildCode(
      parentCode,
      siblings.map((s) => s.code),
      CHILD_CODE_RANGE[level],
    ) ?? ''
  );
}

/** Creates or updates a community, village or grid made by a user. Every write is captured for sync. */
export async function saveOrgUnit(input: OrgUnitInput, existing?: OrgUnit): Promise<OrgUnit> {
  const code = cleanText(input.code);
  const name = cleanText(input.name);
  const issue = checkOrgCode(code, input.level, input.parentCode);
  if (issue) {
    throw InputError.of('code', `errors.${issue}`, {
      length: CODE_LENGTH[input.level],
      parent: input.parentCode,
    });
  }
  if (name === '') throw InputError.of('name', 'org.errors.nameRequired');
  const value: Omit<OrgUnit, 'id'> = {
    orgPath: orgPathOfCode(code),
    code,
    name,
    level: input.level,
    parentCode: input.parentCode,
    source: existing?.source ?? 'user',
  };
  if (input.households !== undefined && input.households !== null) value.households = input.households;
  if (input.residents !== undefined && input.residents !== null) value.residents = input.residents;
  return putRecord(db.orgUnits, value, existing?.id, async () => {
    const clash = await db.orgUnits.where('code').equals(code).first();
    if (clash && clash.id !== existing?.id)
      throw InputError.of('code', 'org.errors.duplicate', { code, name: clash.name });
  });
}
