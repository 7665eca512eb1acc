import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useListsUi } from './lists-ui-store';

const PARAM = 'edition';

/**
 * The edition a list shows, kept in the address (`/lists/<kind>?edition=<id>`): a reload, a
 * bookmark or a link shows the same edition, rather than falling back to the one in force.
 * None in the address: the list's first edition (the one in force).
 */
export function useSelectedEdition(): {
  editionId: string | undefined;
  selectEdition(editionId: string | undefined): void;
} {
  const [params, setParams] = useSearchParams();
  const setSection = useListsUi((s) => s.setSection);
  const selectEdition = useCallback(
    (editionId: string | undefined) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (editionId) next.set(PARAM, editionId);
        else next.delete(PARAM);
        return next;
      });
      // Another edition has other sections.
      setSection(undefined);
    },
    [setParams, setSection],
  );
  return { editionId: params.get(PARAM) ?? undefined, selectEdition };
}
