import { useEffect } from 'react';
import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import { EVENT_NAMES, type EventName } from '../../../shared/api/events';
import type { ApiCallError } from '../../../shared/api/result';
import { api } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    // The back end pushes change events; refetching on focus would only add load.
    queries: { refetchOnWindowFocus: false, retry: false, staleTime: 30_000 },
  },
});

/** Which cached method results an event makes stale (by method-name prefix). */
const INVALIDATES: Record<EventName, readonly string[]> = {
  'setup.changed': [''],
  'session.changed': [''],
  'people.changed': ['people.', 'session.', 'pages.', 'inventory.'],
  'settings.changed': ['settings.', 'setup.'],
  'pages.changed': ['pages.', 'inventory.'],
  'items.added': ['connections.', 'items.', 'inventory.'],
  'connections.changed': ['connections.'],
  'queue.changed': ['queue.', 'incidents.', 'derailment.'],
  'escalations.changed': ['queue.', 'escalations.'],
  'derailment.changed': ['derailment.'],
  'incidents.changed': ['incidents.', 'queue.get'],
  'lists.changed': ['lists.'],
  'lists.recheckProgress': [],
  'reminders.changed': ['reminders.', 'endDates.', 'reports.'],
  'reminders.due': [],
  'archive.changed': ['archive.', 'pages.', 'connections.', 'reminders.'],
  'spotChecks.changed': ['spotChecks.', 'reports.'],
  'exemptions.changed': ['exemptions.', 'reminders.'],
  'retention.purged': ['retention.', 'reports.', 'spotChecks.', 'connections.', 'inventory.'],
};

export function useBackendEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const offs = EVENT_NAMES.map((event) =>
      api.on(event, () => {
        const prefixes = INVALIDATES[event];
        void client.invalidateQueries({
          predicate: (query) => prefixes.some((p) => String(query.queryKey[0]).startsWith(p)),
        });
      }),
    );
    return () => offs.forEach((off) => off());
  }, [client]);
}

export function useApiQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Output<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Output<M>, ApiCallError>({
    queryKey: [method, input],
    queryFn: () => (api.call as (m: M, i: Input<M>) => Promise<Output<M>>)(method, input),
    ...options,
  });
}

export function useApiMutation<M extends MethodName>(method: M) {
  return useMutation<Output<M>, ApiCallError, Input<M>>({
    mutationFn: (input) => (api.call as (m: M, i: Input<M>) => Promise<Output<M>>)(method, input),
  });
}
