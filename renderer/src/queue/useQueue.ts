import { useMemo } from 'react';
import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { Output } from '../../../shared/api/contract';
import type { QueueFilterInput, QueueRow, QueueSort, QueueView } from '../../../shared/api/queue';
import type { ApiCallError } from '../../../shared/api/result';
import { api } from '../api/client';

type ListPage = Output<'queue.list'>;
export type QueueListData = InfiniteData<ListPage, string | null>;

const SCREEN = 60;

export function queueListKey(view: QueueView, filter: QueueFilterInput, sort: QueueSort) {
  // The method name first: back-end events invalidate by that prefix (renderer/src/api/hooks.ts).
  return ['queue.list', { view, filter, sort }] as const;
}

/** The queue as one growing list: screens fetched by keyset cursor as the list scrolls. */
export function useQueueList(view: QueueView | null, filter: QueueFilterInput, sort: QueueSort) {
  const query = useInfiniteQuery<ListPage, ApiCallError, QueueListData, ReturnType<typeof queueListKey>, string | null>({
    queryKey: queueListKey(view ?? 'mine', filter, sort),
    queryFn: ({ pageParam }) => api.call('queue.list', { view: view!, filter, sort, cursor: pageParam, limit: SCREEN }),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: view !== null,
    // Keep showing the list while a refetch (after an event) runs, instead of flashing "loading".
    placeholderData: (previous) => previous,
  });
  const rows = useMemo<QueueRow[]>(() => {
    const seen = new Set<number>();
    // A refetch can shift rows between screens; show each item once.
    return (query.data?.pages ?? []).flatMap((p) => p.rows).filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
  }, [query.data]);
  const first = query.data?.pages[0];
  return {
    query,
    rows,
    total: first?.total ?? null,
    totalExact: first?.totalExact ?? true,
    truncated: first?.truncated ?? false,
  };
}

/** Takes decided items out of the cached list at once (the refetch that follows confirms it). */
export function useRemoveRows() {
  const client = useQueryClient();
  return (ids: readonly number[]) => {
    const gone = new Set(ids);
    client.setQueriesData<QueueListData>({ queryKey: ['queue.list'] }, (data) =>
      data ? { ...data, pages: data.pages.map((p) => ({ ...p, rows: p.rows.filter((r) => !gone.has(r.id)) })) } : data,
    );
  };
}
