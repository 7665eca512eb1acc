import type { CategoryCoverage, CoordinatorCategory, Department } from '@shared/model/coordinator';
import { defaultCategories, defaultDepartments } from '@shared/coordinators/reference';
import { cleanText } from '@shared/validation/text';
import { canWriteTable, type SessionUser } from '@shared/auth/roles';
import { withoutCapture, type StreetDeskDb } from '../../db';
import { readCatalog } from '../../db/catalog';
import { putRecord } from '../../db/records';
import { InputError, RefusedError } from '../../app/input-error';
import { deleteRecords } from '../../db/references';

/**
 * Coordinator categories and departments: reference data every client starts with and an
 * administrator may edit (shared/coordinators/reference). Shipped rows are the same on every
 * client and on the server, so they are written without capture; edits are captured as usual.
 */

/** Bump when the shipped rows change, so existing databases receive the new ones. */
export const COORDINATOR_REFERENCE_VERSION = 1;
const META_KEY = 'coordinatorReferenceVersion';

/**
 * Adds the shipped categories and departments that are missing — once per version, and again
 * whenever both tables are empty (after local data was cleared). Rows already there, edited
 * or not, are left alone.
 */
export async function ensureCoordinatorReference(db: StreetDeskDb): Promise<void> {
  const [meta, categories, departments] = await Promise.all([
    db.meta.get(META_KEY),
    db.coordinatorCategories.count(),
    db.departments.count(),
  ]);
  const current = meta && 'value' in meta && meta.value === COORDINATOR_REFERENCE_VERSION;
  if (current && categories + departments > 0) return;
  await withoutCapture(db, ['coordinatorCategories', 'departments', 'meta'], async () => {
    const shippedDepartments = defaultDepartments();
    const shippedCategories = defaultCategories();
    const [haveDepartments, haveCategories] = await Promise.all([
      db.departments.bulkGet(shippedDepartments.map((d) => d.id)),
      db.coordinatorCategories.bulkGet(shippedCategories.map((c) => c.id)),
    ]);
    await db.departments.bulkAdd(shippedDepartments.filter((_, i) => !haveDepartments[i]));
    await db.coordinatorCategories.bulkAdd(shippedCategories.filter((_, i) => !haveCategories[i]));
    await db.meta.put({ key: META_KEY, value: COORDINATOR_REFERENCE_VERSION });
  });
}

export interface CategoryInput {
  code: string;
  name: string;
  departmentId: string;
  coverage: CategoryCoverage;
}

function checkWritable(user: Pick<SessionUser, 'role'>, table: 'coordinatorCategories' | 'departments') {
  if (!canWriteTable(user.role, table)) throw new RefusedError('errors.coordinator.notWritable');
}

function checkCodeAndName(code: string, name: string): void {
  const problems = [];
  if (code === '') problems.push({ field: 'code', key: 'errors.coordinator.codeRequired' });
  if (name === '') problems.push({ field: 'name', key: 'errors.coordinator.nameRequired' });
  if (problems.length > 0) throw new InputError(problems);
}

export async function saveCategory(
  db: StreetDeskDb,
  user: Pick<SessionUser, 'role'>,
  input: CategoryInput,
  existingId?: string,
): Promise<CoordinatorCategory> {
  checkWritable(user, 'coordinatorCategories');
  const code = cleanText(input.code);
  const name = cleanText(input.name);
  checkCodeAndName(code, name);
  if (!input.departmentId) throw InputError.of('departmentId', 'errors.coordinator.departmentRequired');
  const value: Omit<CoordinatorCategory, 'id'> = {
    orgPath: '',
    code,
    name,
    departmentId: input.departmentId,
    coverage: input.coverage,
  };
  return putRecord(db.coordinatorCategories, value, existingId, async () => {
    const clash = await db.coordinatorCategories.filter((c) => c.code === code).first();
    if (clash && clash.id !== existingId)
      throw InputError.of('code', 'errors.coordinator.codeTaken', { code, name: clash.name });
  });
}

export async function saveDepartment(
  db: StreetDeskDb,
  user: Pick<SessionUser, 'role'>,
  input: { code: string; name: string },
  existingId?: string,
): Promise<Department> {
  checkWritable(user, 'departments');
  const code = cleanText(input.code);
  const name = cleanText(input.name);
  checkCodeAndName(code, name);
  return putRecord(db.departments, { orgPath: '', code, name }, existingId, async () => {
    const clash = await db.departments.filter((d) => d.code === code).first();
    if (clash && clash.id !== existingId)
      throw InputError.of('code', 'errors.coordinator.codeTaken', { code, name: clash.name });
  });
}

/** Coordinators per category and per department in the whole city, counted from the catalog. */
export async function referenceUse(
  db: StreetDeskDb,
): Promise<{ byCategory: Map<string, number>; byDepartment: Map<string, number> }> {
  const byCategory = new Map<string, number>();
  const byDepartment = new Map<string, number>();
  for (const e of (await readCatalog(db, 'coordinators', '')).entries()) {
    byCategory.set(e.facts.categoryId, (byCategory.get(e.facts.categoryId) ?? 0) + 1);
    byDepartment.set(e.facts.departmentId, (byDepartment.get(e.facts.departmentId) ?? 0) + 1);
  }
  return { byCategory, byDepartment };
}

/** Deletes a category no coordinator belongs to. */
export async function deleteCategory(db: StreetDeskDb, user: Pick<SessionUser, 'role'>, id: string) {
  checkWritable(user, 'coordinatorCategories');
  await deleteRecords(db, 'coordinatorCategories', [id]);
}

/** Deletes a department no category or coordinator belongs to. */
export async function deleteDepartment(db: StreetDeskDb, user: Pick<SessionUser, 'role'>, id: string) {
  checkWritable(user, 'departments');
  await deleteRecords(db, 'departments', [id]);
}
