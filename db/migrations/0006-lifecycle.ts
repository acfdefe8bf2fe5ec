import type { Migration } from './types';

// Lifecycle and oversight (protocol B3, O1, O2): reminders computed by the lease-holding poller's job,
// end-date extensions approved by the line manager, the archiving checklist, spot checks by the
// officer, the board's exemptions register, and what the connectors know of the page's own activity.
// Retention purges write only to the audit log. Times are ISO 8601 UTC text, days YYYY-MM-DD.
export const migration0006: Migration = {
  version: 6,
  name: 'reminders, archiving, spot checks, exemptions, retention',
  sql: `
    -- The newest post by the page itself that a connector saw (NULL: unknown, the inactivity rule stays
    -- silent), and when the platform says the stored credentials stop working (NULL: it does not say).
    ALTER TABLE page_connections ADD COLUMN own_last_post_at TEXT;
    ALTER TABLE page_connections ADD COLUMN credentials_expire_at TEXT;

    -- O2: deviations from a rule, approved beforehand by the board, in writing.
    CREATE TABLE exemptions (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('end_date', 'inactivity', 'flag_category', 'other')),
      clause TEXT NOT NULL,
      category TEXT,
      scope TEXT NOT NULL CHECK (scope IN ('page', 'person')),
      page_id INTEGER REFERENCES pages(id),
      person_id INTEGER REFERENCES people(id),
      description TEXT NOT NULL,
      reason TEXT NOT NULL,
      valid_from TEXT NOT NULL,
      valid_until TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'aangevraagd' CHECK (status IN ('aangevraagd', 'goedgekeurd', 'afgewezen', 'ingetrokken')),
      requested_by INTEGER REFERENCES people(id),
      requested_by_label TEXT NOT NULL,
      requested_at TEXT NOT NULL,
      decided_by INTEGER REFERENCES people(id),
      decided_by_label TEXT,
      decided_at TEXT,
      decision_reason TEXT,
      revoked_by INTEGER REFERENCES people(id),
      revoked_by_label TEXT,
      revoked_at TEXT,
      revoke_reason TEXT,
      CHECK ((scope = 'page' AND page_id IS NOT NULL AND person_id IS NULL) OR (scope = 'person' AND person_id IS NOT NULL AND page_id IS NULL)),
      CHECK (valid_from <= valid_until),
      CHECK (kind <> 'flag_category' OR category IS NOT NULL)
    );
    CREATE INDEX exemptions_by_status ON exemptions(status, valid_until);
    CREATE INDEX exemptions_by_page ON exemptions(page_id) WHERE page_id IS NOT NULL;
    CREATE INDEX exemptions_by_person ON exemptions(person_id) WHERE person_id IS NOT NULL;

    -- One row per condition (the stable key), reopened when the condition comes back: the job upserts,
    -- so running it twice, or after a restart, never makes a second reminder.
    CREATE TABLE reminders (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      rule TEXT NOT NULL CHECK (rule IN ('end_date', 'inactive', 'unreviewed', 'owner_gone', 'connector_failing', 'credentials_expiring')),
      page_id INTEGER NOT NULL REFERENCES pages(id),
      clause TEXT NOT NULL,
      urgency TEXT NOT NULL CHECK (urgency IN ('info', 'warning', 'urgent')),
      facts TEXT NOT NULL DEFAULT '{}',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
      due_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      opened_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      escalated_at TEXT,
      notified_at TEXT,
      snoozed_until TEXT,
      snooze_reason TEXT,
      snoozed_by INTEGER REFERENCES people(id),
      snoozed_by_label TEXT,
      resolved_at TEXT,
      resolution TEXT CHECK (resolution IN ('condition_ended', 'exempted')),
      exemption_id INTEGER REFERENCES exemptions(id)
    );
    CREATE INDEX reminders_by_status ON reminders(status, due_at);
    CREATE INDEX reminders_by_page ON reminders(page_id, status);

    -- "Extend the end date, with a reason, approved by the line manager."
    CREATE TABLE end_date_requests (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id),
      current_end_date TEXT,
      new_end_date TEXT NOT NULL,
      reason TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected', 'withdrawn')),
      requested_by INTEGER REFERENCES people(id),
      requested_by_label TEXT NOT NULL,
      requested_at TEXT NOT NULL,
      decided_by INTEGER REFERENCES people(id),
      decided_by_label TEXT,
      decided_at TEXT,
      decision_reason TEXT
    );
    CREATE UNIQUE INDEX end_date_requests_one_open ON end_date_requests(page_id) WHERE status = 'open';

    -- B3: the archiving checklist, each step recorded (who, when, how) — also in the audit log.
    CREATE TABLE archive_steps (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id),
      step TEXT NOT NULL CHECK (step IN ('export', 'platform', 'credentials', 'inform')),
      outcome TEXT NOT NULL CHECK (outcome IN ('done', 'skipped')),
      note TEXT NOT NULL DEFAULT '',
      detail TEXT NOT NULL DEFAULT '{}',
      actor_person_id INTEGER REFERENCES people(id),
      actor_label TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX archive_steps_by_page ON archive_steps(page_id, at);

    -- O1: random, reproducible samples drawn by the officer. item_ref is the item's id at the draw
    -- (it stays when the retention purge removes the item, so the draw can be checked and counted).
    CREATE TABLE spot_checks (
      id INTEGER PRIMARY KEY,
      seed TEXT NOT NULL,
      algorithm TEXT NOT NULL,
      params TEXT NOT NULL,
      population INTEGER NOT NULL,
      sample_size INTEGER NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      created_by INTEGER REFERENCES people(id),
      created_by_label TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE spot_check_items (
      id INTEGER PRIMARY KEY,
      spot_check_id INTEGER NOT NULL REFERENCES spot_checks(id),
      position INTEGER NOT NULL,
      item_ref INTEGER NOT NULL,
      item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
      page_id INTEGER NOT NULL REFERENCES pages(id),
      item_created_at TEXT NOT NULL,
      verdict TEXT CHECK (verdict IN ('in_orde', 'niet_in_orde')),
      clause TEXT,
      note TEXT,
      reviewed_by INTEGER REFERENCES people(id),
      reviewed_by_label TEXT,
      reviewed_at TEXT,
      UNIQUE (spot_check_id, position)
    );
    CREATE INDEX spot_check_items_by_item ON spot_check_items(item_id);
  `,
};
