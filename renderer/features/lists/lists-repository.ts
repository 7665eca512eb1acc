import type { ListEdition, ListItem, ListKind } from '@shared/model/lists';
import { copyItems, isEditable, planPublish, planRetire, type Actor } from '@shared/lists/editions';
import {
  validateEditionFields,
  validateListItem,
  type ListEditionInput,
  type ListItemInput,
} from '@shared/lists/validate-list';
import { newId } from '@shared/ids';
import { db } from '../../db';
import { putRecord } from '../../db/records';
import { InputError, RefusedError } from '../../app/input-error';
import { deleteRecords } from '../../db/references';

/**
 * Writes of the three lists. Lists are city-wide reference documents (orgPath ''): one set
 * for every street, kept by city administrators. Every write goes through the outbox
 * capture like any other; the rules of the edition lifecycle live in shared/lists.
 */

const refuse = (code: string, values?: Record<string, string | number>) =>
  new RefusedError(`errors.${code}`, values);

async function draftEdition(editionId: string): Promise<ListEdition> {
  const edition = await db.listEditions.get(editionId);
  if (!edition || !isEditable(edition)) throw refuse('lists.edition.notDraft');
  return edition;
}

async function checkNameFree(kind: ListKind, name: string, exceptId?: string): Promise<void> {
  const clash = (await db.listEditions.toArray()).find(
    (e) => e.kind === kind && e.name === name && e.id !== exceptId && !e.deleted,
  );
  if (clash) throw InputError.of('name', 'errors.lists.edition.nameTaken', { name });
}

/** Starts a draft edition, a copy of `baseId`'s items when given. */
export async function createEdition(
  kind: ListKind,
  input: ListEditionInput,
  baseId: string | undefined,
): Promise<{ edition: ListEdition; copied: number }> {
  const checked = validateEditionFields(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  return db.transaction('rw', db.listEditions, db.listItems, async () => {
    await checkNameFree(kind, checked.value.name);
    const edition: ListEdition = { id: newId(), orgPath: '', kind, status: 'draft', ...checked.value };
    if (baseId) edition.basedOnId = baseId;
    await db.listEditions.add(edition);
    const base = baseId ? await db.listItems.where('editionId').equals(baseId).toArray() : [];
    const copies = copyItems(base, edition.id).map((i): ListItem => ({ ...i, id: newId() }));
    await db.listItems.bulkAdd(copies);
    return { edition, copied: copies.length };
  });
}

/** Renames or re-dates a draft edition. */
export async function saveEditionFields(editionId: string, input: ListEditionInput): Promise<void> {
  const checked = validateEditionFields(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  await db.transaction('rw', db.listEditions, async () => {
    const edition = await draftEdition(editionId);
    await checkNameFree(edition.kind, checked.value.name, editionId);
    await db.listEditions.put({ ...edition, ...checked.value });
  });
}

/** Publishes a draft: it is frozen from now on, and the edition it replaces is retired. */
export async function publishEdition(editionId: string, effectiveFrom: string, actor: Actor): Promise<void> {
  await db.transaction('rw', db.listEditions, db.listItems, async () => {
    const edition = await db.listEditions.get(editionId);
    if (!edition) return;
    const [siblings, count] = await Promise.all([
      db.listEditions.toArray(),
      db.listItems.where('editionId').equals(editionId).count(),
    ]);
    const plan = planPublish(edition, siblings, count, effectiveFrom, actor);
    if (!plan.ok) throw refuse(plan.issues[0]!.code);
    await db.listEditions.bulkPut(plan.value);
  });
}

export async function retireEdition(editionId: string, actor: Actor): Promise<void> {
  await db.transaction('rw', db.listEditions, async () => {
    const edition = await db.listEditions.get(editionId);
    if (!edition) return;
    const plan = planRetire(edition, actor);
    if (!plan.ok) throw refuse(plan.issues[0]!.code);
    await db.listEditions.put(plan.value);
  });
}

/** Deletes a draft and its items; published editions are records and are never deleted. */
export async function deleteDraftEdition(editionId: string): Promise<void> {
  await deleteRecords(db, 'listEditions', [editionId], () => draftEdition(editionId).then(() => undefined));
}

/** Adds or changes an item of a draft edition; its code must be free in the edition. */
export async function saveItem(
  editionId: string,
  input: ListItemInput,
  existingId?: string,
): Promise<ListItem> {
  const edition = await db.listEditions.get(editionId);
  if (!edition) throw refuse('lists.edition.notDraft');
  const checked = validateListItem(edition.kind, editionId, input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  const { value } = checked;
  return db.transaction('rw', db.listEditions, db.listItems, () =>
    putRecord(db.listItems, value, existingId, async () => {
      await draftEdition(editionId);
      const clash = await db.listItems
        .where('editionId')
        .equals(editionId)
        .filter((i) => i.code === value.code && i.id !== existingId)
        .first();
      if (clash)
        throw InputError.of('code', 'errors.lists.item.codeTaken', { code: clash.code, title: clash.title });
    }),
  );
}

export async function deleteItem(itemId: string): Promise<void> {
  await deleteRecords(db, 'listItems', [itemId], async () => {
    const item = await db.listItems.get(itemId);
    if (item) await draftEdition(item.editionId);
  });
}
