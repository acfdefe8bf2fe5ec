import type { ReactNode } from 'react';

/** What will appear here, and how to get it there: never a blank screen. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{title}</h2>
      <p>{body}</p>
      {action ? <div className="empty-state__action">{action}</div> : null}
    </section>
  );
}
