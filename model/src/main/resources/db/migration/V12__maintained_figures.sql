-- Issue 8 (stakeholder deck at scale): the event figures kept up to date in their own tables,
-- written in the same transaction as every edit that changes them (JdbcFigureBook, decision 0014),
-- so the deck, the done-conditions and the overview read a few hundred rows instead of summing
-- 1 M enrolments and 1.77 M marks.
--
-- area_key is the activity area of the event's course, -1 when the course has none (a key column
-- cannot be NULL; area ids come from an identity column and start at 1). business_key is the
-- event's business area as the scopes compare it: LOWER(TRIM(business_area)).

-- What each event adds to the figures. Only events counted for fill rate (not cancelled, status
-- OPEN, RUNNING or COMPLETED) have fillable = 1 and their places held and capacity; the other
-- counts are the event's whatever its state.
CREATE TABLE event_figures (
    event_id           BIGINT       NOT NULL PRIMARY KEY,
    course_id          BIGINT       NOT NULL,
    area_key           BIGINT       NOT NULL,
    business_key       VARCHAR(200) NOT NULL,
    fillable           INTEGER      NOT NULL,
    places_held        BIGINT       NOT NULL,
    capacity           BIGINT       NOT NULL,
    attended_marks     BIGINT       NOT NULL,
    no_show_marks      BIGINT       NOT NULL,
    sessions           BIGINT       NOT NULL,
    cancelled_sessions BIGINT       NOT NULL,
    ever_waitlisted    BIGINT       NOT NULL,
    waitlist_converted BIGINT       NOT NULL,
    attended_learners  BIGINT       NOT NULL
);
CREATE INDEX event_figures_by_course ON event_figures (course_id);

-- The event's cost lines not deleted, per category and currency.
CREATE TABLE event_figure_costs (
    event_id BIGINT         NOT NULL,
    category VARCHAR(20)    NOT NULL,
    currency VARCHAR(3)     NOT NULL,
    lines    BIGINT         NOT NULL,
    amount   DECIMAL(20, 2) NOT NULL,
    PRIMARY KEY (event_id, category, currency)
);

-- The event's sessions per month of their local start, with those cancelled (themselves or with the event).
CREATE TABLE event_figure_months (
    event_id      BIGINT  NOT NULL,
    session_year  INTEGER NOT NULL,
    session_month INTEGER NOT NULL,
    sessions      BIGINT  NOT NULL,
    cancelled     BIGINT  NOT NULL,
    PRIMARY KEY (event_id, session_year, session_month)
);

-- The sums of event_figures per (activity area, business area).
CREATE TABLE figure_totals (
    area_key           BIGINT       NOT NULL,
    business_key       VARCHAR(200) NOT NULL,
    events             BIGINT       NOT NULL,
    fillable_events    BIGINT       NOT NULL,
    places_held        BIGINT       NOT NULL,
    capacity           BIGINT       NOT NULL,
    attended_marks     BIGINT       NOT NULL,
    no_show_marks      BIGINT       NOT NULL,
    sessions           BIGINT       NOT NULL,
    cancelled_sessions BIGINT       NOT NULL,
    ever_waitlisted    BIGINT       NOT NULL,
    waitlist_converted BIGINT       NOT NULL,
    attended_learners  BIGINT       NOT NULL,
    PRIMARY KEY (area_key, business_key)
);

-- Cost lines of the events with at least one "attended" mark, per group and currency (cost per attended learner).
CREATE TABLE figure_attended_costs (
    area_key     BIGINT         NOT NULL,
    business_key VARCHAR(200)   NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    lines        BIGINT         NOT NULL,
    amount       DECIMAL(20, 2) NOT NULL,
    PRIMARY KEY (area_key, business_key, currency)
);

-- Sessions per month (the sessions chart, "sessions cancelled").
CREATE TABLE figure_months (
    session_year  INTEGER NOT NULL,
    session_month INTEGER NOT NULL,
    sessions      BIGINT  NOT NULL,
    cancelled     BIGINT  NOT NULL,
    PRIMARY KEY (session_year, session_month)
);

-- Cost lines not deleted per category and currency (the costs chart).
CREATE TABLE figure_costs (
    category VARCHAR(20)    NOT NULL,
    currency VARCHAR(3)     NOT NULL,
    lines    BIGINT         NOT NULL,
    amount   DECIMAL(20, 2) NOT NULL,
    PRIMARY KEY (category, currency)
);

-- Backfill: the same statements as JdbcFigureBook.rebuild().
INSERT INTO event_figures (event_id, course_id, area_key, business_key, fillable, places_held, capacity, attended_marks,
        no_show_marks, sessions, cancelled_sessions, ever_waitlisted, waitlist_converted, attended_learners)
SELECT e.id, e.course_id, COALESCE(c.activity_area_id, -1), LOWER(TRIM(e.business_area)),
    CASE WHEN e.cancelled_at IS NULL AND e.status IN ('OPEN', 'RUNNING', 'COMPLETED') THEN 1 ELSE 0 END,
    CASE WHEN e.cancelled_at IS NULL AND e.status IN ('OPEN', 'RUNNING', 'COMPLETED')
        THEN (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.status IN ('ENROLLED', 'ATTENDED', 'NO_SHOW'))
        ELSE 0 END,
    CASE WHEN e.cancelled_at IS NULL AND e.status IN ('OPEN', 'RUNNING', 'COMPLETED') THEN e.capacity ELSE 0 END,
    (SELECT COUNT(*) FROM event_session s JOIN attendance a ON a.session_id = s.id
        WHERE s.event_id = e.id AND a.mark = 'ATTENDED'),
    (SELECT COUNT(*) FROM event_session s JOIN attendance a ON a.session_id = s.id
        WHERE s.event_id = e.id AND a.mark = 'NO_SHOW'),
    (SELECT COUNT(*) FROM event_session s WHERE s.event_id = e.id),
    (SELECT COUNT(*) FROM event_session s WHERE s.event_id = e.id
        AND (s.cancelled_at IS NOT NULL OR e.cancelled_at IS NOT NULL)),
    (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.was_waitlisted = TRUE),
    (SELECT COUNT(*) FROM enrolment n WHERE n.event_id = e.id AND n.was_waitlisted = TRUE
        AND n.status IN ('ENROLLED', 'ATTENDED', 'NO_SHOW')),
    (SELECT COUNT(DISTINCT a.person_id) FROM event_session s JOIN attendance a ON a.session_id = s.id
        WHERE s.event_id = e.id AND a.mark = 'ATTENDED')
FROM training_event e JOIN course c ON c.id = e.course_id;

INSERT INTO event_figure_costs (event_id, category, currency, lines, amount)
SELECT l.event_id, l.category, l.currency, COUNT(*), SUM(l.amount)
FROM cost_line l WHERE l.deleted = FALSE
GROUP BY l.event_id, l.category, l.currency;

INSERT INTO event_figure_months (event_id, session_year, session_month, sessions, cancelled)
SELECT s.event_id, EXTRACT(YEAR FROM s.local_start), EXTRACT(MONTH FROM s.local_start), COUNT(*),
    SUM(CASE WHEN s.cancelled_at IS NOT NULL OR e.cancelled_at IS NOT NULL THEN 1 ELSE 0 END)
FROM event_session s JOIN training_event e ON e.id = s.event_id
GROUP BY s.event_id, EXTRACT(YEAR FROM s.local_start), EXTRACT(MONTH FROM s.local_start);

INSERT INTO figure_totals (area_key, business_key, events, fillable_events, places_held, capacity, attended_marks,
        no_show_marks, sessions, cancelled_sessions, ever_waitlisted, waitlist_converted, attended_learners)
SELECT f.area_key, f.business_key, COUNT(*), SUM(f.fillable), SUM(f.places_held), SUM(f.capacity),
    SUM(f.attended_marks), SUM(f.no_show_marks), SUM(f.sessions), SUM(f.cancelled_sessions), SUM(f.ever_waitlisted),
    SUM(f.waitlist_converted), SUM(f.attended_learners)
FROM event_figures f GROUP BY f.area_key, f.business_key;

INSERT INTO figure_attended_costs (area_key, business_key, currency, lines, amount)
SELECT f.area_key, f.business_key, k.currency, SUM(k.lines), SUM(k.amount)
FROM event_figures f JOIN event_figure_costs k ON k.event_id = f.event_id
WHERE f.attended_learners > 0 GROUP BY f.area_key, f.business_key, k.currency;

INSERT INTO figure_months (session_year, session_month, sessions, cancelled)
SELECT m.session_year, m.session_month, SUM(m.sessions), SUM(m.cancelled)
FROM event_figure_months m GROUP BY m.session_year, m.session_month;

INSERT INTO figure_costs (category, currency, lines, amount)
SELECT k.category, k.currency, SUM(k.lines), SUM(k.amount)
FROM event_figure_costs k GROUP BY k.category, k.currency;
