import { useParams } from 'react-router';
import { LIST_KINDS, type ListKind } from '@shared/model/lists';

/** The list named in the route; an unknown name falls back to the duty list. */
export function useListKind(): ListKind {
  const { kind } = useParams();
  return LIST_KINDS.find((k) => k === kind) ?? 'streetDuties';
}
