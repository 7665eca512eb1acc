import { useLiveQuery } from 'dexie-react-hooks';
import type { ListEdition, ListItem, ListKind } from '@shared/model/lists';
import { sortEditions } from '@shared/lists/editions';
import { byItemOrder } from '@shared/lists/search';
import { canWriteRecord } from '@shared/auth/roles';
import { db } from '../../db';
import { useSession } from '../../app/session';

/** The editions of one list, the one in force first. */
export function useEditions(kind: ListKind): ListEdition[] | undefined {
  return useLiveQuery(
    async () => sortEditions((await db.listEditions.toArray()).filter((e) => e.kind === kind && !e.deleted)),
    [kind],
  );
}

export async function loadEditionItems(editionId: string): Promise<ListItem[]> {
  const items = await db.listItems.where('editionId').equals(editionId).toArray();
  return items.filter((i) => !i.deleted).sort(byItemOrder);
}

/** The items of an edition in printed order. */
export function useEditionItems(editionId: string | undefined): ListItem[] | undefined {
  return useLiveQuery(async () => (editionId ? loadEditionItems(editionId) : []), [editionId]);
}

/** Whether the current user may edit the city-wide lists (the UI mirrors what the server enforces). */
export function useCanEditLists(): boolean {
  const user = useSession((s) => s.user);
  return canWriteRecord(user, 'listItems', '');
}
