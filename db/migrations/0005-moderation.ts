import type { Migration } from './types';

// Moderation: decisions, escalations, evidence (A5), incidents (S1–S5), derailment alerts (B5), and
// the counters that keep the queue's view counts instant at a million items.
//
// Data contract other domains rely on (reports and retention read these names):
// - item_decisions, escalations and evidence go with their item (ON DELETE CASCADE), so purging an
//   item after the retention period removes its personal data everywhere.
// - incident_items RESTRICTs deleting an item: evidence of an incident is never cascaded away; the
//   retention purge unlinks items of closed incidents itself, and skips items of open ones.
// - Decisions and evidence are written once (UPDATE is refused); who did what is also in the audit log.
export const migration0005: Migration = {
  version: 5,
  name: 'moderation: decisions, escalations, evidence, incidents',
  sql: `
    CREATE TABLE item_decisions (
      id INTEGER PRIMARY KEY,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      decision TEXT NOT NULL CHECK (decision IN ('keep', 'hide', 'delete', 'escalate', 'board', 'reopen')),
      clause TEXT,
      reason TEXT NOT NULL DEFAULT '',
      actor_person_id INTEGER REFERENCES people(id),
      actor_label TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      -- What the platform answered: 'hidden', 'deleted', 'unhidden', 'local_only' (undo where the platform cannot), NULL when not asked.
      platform_result TEXT,
      -- "Not a violation" on a flagged item that is kept: feedback for the school's word lists.
      feedback TEXT CHECK (feedback IN ('not_a_violation')),
      -- The item's status before this decision, so undo and reopen restore it.
      previous_status TEXT NOT NULL CHECK (previous_status IN ('nieuw', 'in_behandeling', 'afgehandeld')),
      -- For 'reopen': the decision it undoes (same item, so no foreign key is needed to cascade).
      undoes_id INTEGER,
      -- For 'escalate' and 'board': the escalation it opened.
      escalation_id INTEGER
    );
    CREATE INDEX item_decisions_by_item ON item_decisions(item_id, id);
    CREATE INDEX item_decisions_feedback ON item_decisions(feedback, item_id) WHERE feedback IS NOT NULL;
    CREATE TRIGGER item_decisions_no_update BEFORE UPDATE ON item_decisions
    BEGIN SELECT RAISE(ABORT, 'item_decisions is append-only'); END;

    CREATE TABLE escalations (
      id INTEGER PRIMARY KEY,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('B5', 'B6', 'O3')),
      from_person_id INTEGER NOT NULL REFERENCES people(id),
      -- The page's line manager (B5, B6); NULL for O3, which goes to the board as a whole.
      to_person_id INTEGER REFERENCES people(id),
      note TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'withdrawn')),
      created_at TEXT NOT NULL,
      answered_at TEXT,
      answer TEXT,
      answered_by INTEGER REFERENCES people(id),
      -- When the person who escalated saw the answer (the notice in the queue goes away).
      answer_seen_at TEXT,
      -- The derailment alert it was raised from (B5 one-click escalation), if any.
      alert_id INTEGER,
      CHECK ((kind = 'O3') = (to_person_id IS NULL))
    );
    CREATE INDEX escalations_by_item ON escalations(item_id, id);
    CREATE INDEX escalations_to ON escalations(to_person_id, status, item_id);
    CREATE INDEX escalations_board ON escalations(kind, status, item_id);
    CREATE INDEX escalations_from ON escalations(from_person_id, status, answer_seen_at);

    CREATE TABLE evidence (
      id INTEGER PRIMARY KEY,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      captured_at TEXT NOT NULL,
      -- Canonical JSON (sorted keys): text, author, URL, times, media references, page.
      content TEXT NOT NULL,
      -- SHA-256 of content, hex: anyone can recompute it from the exported content.
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      captured_by_label TEXT NOT NULL,
      -- Why it was preserved: 'hide', 'delete', 'incident'.
      purpose TEXT NOT NULL
    );
    CREATE INDEX evidence_by_item ON evidence(item_id, id);
    CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
    BEGIN SELECT RAISE(ABORT, 'evidence is written once'); END;

    CREATE TABLE incidents (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      subject_type TEXT NOT NULL CHECK (subject_type IN ('leerling', 'medewerker', 'extern')),
      description TEXT NOT NULL DEFAULT '',
      -- What people decided and did (S2, S4): recorded as written, the software decides nothing.
      measures TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'afgehandeld')),
      created_at TEXT NOT NULL,
      created_by INTEGER REFERENCES people(id),
      created_by_label TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      closed_at TEXT
    );
    CREATE INDEX incidents_by_status ON incidents(status, created_at);

    CREATE TABLE incident_items (
      incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE RESTRICT,
      added_at TEXT NOT NULL,
      added_by_label TEXT NOT NULL,
      PRIMARY KEY (incident_id, item_id)
    ) WITHOUT ROWID;
    CREATE INDEX incident_items_by_item ON incident_items(item_id, incident_id);

    -- B5: a page or thread where more is said (or more is flagged) than usual. One row per burst: a
    -- later poll in the same burst updates it rather than raising a second alert.
    CREATE TABLE derailment_alerts (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id),
      scope TEXT NOT NULL CHECK (scope IN ('page', 'thread')),
      -- '' for the page as a whole.
      thread_external_id TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('volume', 'flagged')),
      window_start TEXT NOT NULL,
      window_end TEXT NOT NULL,
      item_count INTEGER NOT NULL,
      flagged_count INTEGER NOT NULL,
      -- What the page's usual rate predicts for a window of this length.
      expected REAL NOT NULL,
      -- JSON: categories, authors, item ids; never what people wrote.
      summary TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'escalated', 'dismissed')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      escalation_id INTEGER REFERENCES escalations(id) ON DELETE SET NULL,
      closed_by_label TEXT,
      closed_reason TEXT
    );
    CREATE INDEX derailment_alerts_burst ON derailment_alerts(page_id, window_end);
    CREATE INDEX derailment_alerts_open ON derailment_alerts(status, page_id);

    -- The page's traffic over time (derailment baselines): covering, so counting reads the index only.
    CREATE INDEX items_page_time ON items(page_id, created_at, flagged, thread_external_id);

    -- Items per page, status and severity, kept by triggers: the queue's counts without counting.
    CREATE TABLE queue_counts (
      page_id INTEGER NOT NULL,
      status TEXT NOT NULL,
      severity INTEGER NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (page_id, status, severity)
    ) WITHOUT ROWID;
    INSERT INTO queue_counts (page_id, status, severity, n)
      SELECT page_id, status, severity, count(*) FROM items GROUP BY page_id, status, severity;
    CREATE TRIGGER queue_counts_insert AFTER INSERT ON items BEGIN
      INSERT INTO queue_counts (page_id, status, severity, n) VALUES (new.page_id, new.status, new.severity, 1)
        ON CONFLICT (page_id, status, severity) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER queue_counts_delete AFTER DELETE ON items BEGIN
      UPDATE queue_counts SET n = n - 1 WHERE page_id = old.page_id AND status = old.status AND severity = old.severity;
    END;
    CREATE TRIGGER queue_counts_update AFTER UPDATE OF page_id, status, severity ON items
    WHEN old.page_id IS NOT new.page_id OR old.status IS NOT new.status OR old.severity IS NOT new.severity BEGIN
      UPDATE queue_counts SET n = n - 1 WHERE page_id = old.page_id AND status = old.status AND severity = old.severity;
      INSERT INTO queue_counts (page_id, status, severity, n) VALUES (new.page_id, new.status, new.severity, 1)
        ON CONFLICT (page_id, status, severity) DO UPDATE SET n = n + 1;
    END;
  `,
};
