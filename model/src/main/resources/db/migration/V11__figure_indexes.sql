-- Issue 8 (stakeholder deck at scale): "attended" marks per session without reading the rows.
-- The cost per attended learner counts distinct people per event from the attended marks of each
-- event's sessions, and probes each event for a first attended mark; with mark and person in the
-- index both read the index alone (H2 and PostgreSQL).
CREATE INDEX attendance_by_session_mark ON attendance (session_id, mark, person_id);
