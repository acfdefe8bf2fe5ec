import { REQUESTERS } from '../../../shared/api/section-roles';
import { useApiQuery } from '../api/hooks';

/** Whether the desk person can request a page: the request buttons show only for them. */
export function useMayRequest(): boolean {
  const session = useApiQuery('session.get', {});
  const roles = session.data?.person?.roles ?? [];
  return REQUESTERS.some((r) => roles.includes(r));
}
