package org.learnops.studio.exchange.json;

import static org.learnops.studio.exchange.json.Field.bool;
import static org.learnops.studio.exchange.json.Field.choice;
import static org.learnops.studio.exchange.json.Field.date;
import static org.learnops.studio.exchange.json.Field.dateTime;
import static org.learnops.studio.exchange.json.Field.decimal;
import static org.learnops.studio.exchange.json.Field.email;
import static org.learnops.studio.exchange.json.Field.integer;
import static org.learnops.studio.exchange.json.Field.optionalChoice;
import static org.learnops.studio.exchange.json.Field.optionalDate;
import static org.learnops.studio.exchange.json.Field.optionalDateTime;
import static org.learnops.studio.exchange.json.Field.optionalRef;
import static org.learnops.studio.exchange.json.Field.optionalText;
import static org.learnops.studio.exchange.json.Field.ref;
import static org.learnops.studio.exchange.json.Field.text;
import static org.learnops.studio.exchange.json.Field.time;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learnops.studio.domain.artefacts.Channel;
import org.learnops.studio.domain.artefacts.CommunicationStatus;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.PolicyStatus;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.domain.expectations.DeliverableKind;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.needs.FindingStatus;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Frequency;
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.export.ExportSection;

/**
 * Workshop file format version 1: every kind of record in file order (a record only refers to
 * kinds before it). docs/workshop-file-format.md describes the same list for people.
 */
final class Format {

    private static final String AREAS = "scope/activityAreas";
    private static final String STAKEHOLDERS = "stakeholders/stakeholders";
    private static final String PEOPLE = "operations/people";
    private static final String EVENTS = "operations/events";
    private static final String SESSIONS = "operations/sessions";

    static final List<Kind> KINDS = List.of(
            new Kind("scope", "strategy", "strategy", null, true, false, ExportSection.SCOPE, List.of(), List.of(
                    text("name", "name", 200), text("sponsor", "sponsor", 200), text("owner", "owner_name", 200),
                    choice("organisation", "organisation", OrganisationalScope.class),
                    text("businessArea", "business_area", 200), choice("geography", "geography", Geography.class),
                    text("authorityNotes", "authority_notes", 10000))),
            new Kind("scope", "regions", "region", "id", false, false, ExportSection.SCOPE, List.of("name"), List.of(
                    text("name", "name", 200), integer("sortOrder", "sort_order", Integer.MIN_VALUE, Integer.MAX_VALUE))),
            new Kind("scope", "activityAreas", "activity_area", "id", false, false, null, List.of("builtIn", "customName"), List.of(
                    optionalChoice("builtIn", "built_in", BuiltInArea.class), text("customName", "custom_name", 200),
                    bool("inScope", "in_scope"), text("rationale", "rationale", 10000),
                    integer("impact", "impact", 1, 5), integer("effort", "effort", 1, 5),
                    integer("sortOrder", "sort_order", Integer.MIN_VALUE, Integer.MAX_VALUE))),
            new Kind("stakeholders", "stakeholders", "stakeholder", "id", false, true, null, List.of("name", "businessArea"), List.of(
                    text("name", "name", 200), text("role", "role_title", 200),
                    choice("group", "stakeholder_group", StakeholderGroup.class), text("businessArea", "business_area", 200),
                    text("region", "region", 200), integer("influence", "influence", 1, 5), integer("interest", "interest", 1, 5),
                    choice("stance", "stance", Stance.class), email("email", "email"))),
            new Kind("expectations", "deliverables", "deliverable", "id", false, true, ExportSection.EXPECTATIONS,
                    List.of("kind", "customTitle"), List.of(
                    optionalChoice("kind", "kind", DeliverableKind.class), text("customTitle", "custom_title", 200),
                    bool("included", "included"), text("purpose", "purpose", 2000), text("audience", "audience", 200),
                    optionalRef("owner", "owner_id", STAKEHOLDERS), optionalDate("dueDate", "due_date"),
                    choice("status", "status", DeliverableStatus.class), text("notes", "notes", 20000),
                    integer("sortOrder", "sort_order", Integer.MIN_VALUE, Integer.MAX_VALUE))),
            new Kind("needsAnalysis", "sessions", "needs_session", "id", false, true, ExportSection.NEEDS_ANALYSIS,
                    List.of("type", "heldOn", "participantGroup"), List.of(
                    choice("type", "session_type", SessionType.class), date("heldOn", "held_on"),
                    choice("participantGroup", "participant_group", NeedsGroup.class), text("notes", "notes", 20000))),
            new Kind("needsAnalysis", "participants", "needs_session_participant", null, false, false, ExportSection.NEEDS_ANALYSIS,
                    List.of("session", "stakeholder"), List.of(
                    ref("session", "session_id", "needsAnalysis/sessions"), ref("stakeholder", "stakeholder_id", STAKEHOLDERS))),
            new Kind("needsAnalysis", "findings", "finding", "id", false, true, ExportSection.NEEDS_ANALYSIS,
                    List.of("text", "area"), List.of(
                    text("text", "finding_text", 2000), optionalRef("area", "area_id", AREAS),
                    choice("group", "finding_group", NeedsGroup.class), integer("severity", "severity", 1, 5),
                    integer("frequency", "frequency", 1, 5), optionalRef("session", "session_id", "needsAnalysis/sessions"),
                    choice("status", "status", FindingStatus.class), integer("votes", "votes", 0, Integer.MAX_VALUE))),
            new Kind("champions", "champions", "champion", "id", false, true, ExportSection.CHAMPIONS,
                    List.of("stakeholder", "activityArea"), List.of(
                    ref("stakeholder", "stakeholder_id", STAKEHOLDERS), text("businessArea", "business_area", 200),
                    text("region", "region", 200), optionalRef("activityArea", "activity_area_id", AREAS),
                    text("commitment", "commitment", 20000))),
            new Kind("champions", "engagement", "engagement_entry", "id", false, true, ExportSection.CHAMPIONS,
                    List.of("champion", "happenedOn", "note"), List.of(
                    ref("champion", "champion_id", "champions/champions"), date("happenedOn", "happened_on"),
                    text("note", "note", 20000))),
            new Kind("governance", "model", "governance", null, true, false, ExportSection.GOVERNANCE, List.of(), List.of(
                    optionalChoice("model", "governance_model", GovernanceModel.class))),
            new Kind("governance", "bodies", "governance_body", "id", false, true, ExportSection.GOVERNANCE, List.of("name"), List.of(
                    text("name", "name", 200), text("purpose", "purpose", 20000), text("cadence", "cadence", 200),
                    text("decisionRights", "decision_rights", 20000))),
            new Kind("governance", "members", "governance_body_member", null, false, false, ExportSection.GOVERNANCE,
                    List.of("body", "stakeholder"), List.of(
                    ref("body", "body_id", "governance/bodies"), ref("stakeholder", "stakeholder_id", STAKEHOLDERS),
                    integer("sortOrder", "sort_order", Integer.MIN_VALUE, Integer.MAX_VALUE))),
            new Kind("governance", "processes", "raci_process", "id", false, true, ExportSection.GOVERNANCE,
                    List.of("activityArea", "name"), List.of(
                    ref("activityArea", "activity_area_id", AREAS), text("name", "name", 200))),
            new Kind("governance", "roles", "raci_role", "id", false, true, ExportSection.GOVERNANCE, List.of("name"), List.of(
                    text("name", "name", 200))),
            new Kind("governance", "cells", "raci_cell", null, false, false, ExportSection.GOVERNANCE, List.of("process", "role"), List.of(
                    ref("process", "process_id", "governance/processes"), ref("role", "role_id", "governance/roles"),
                    choice("letter", "letter", Raci.class))),
            new Kind("keyQuestions", "answers", "key_question", null, false, false, ExportSection.KEY_QUESTIONS,
                    List.of("question"), List.of(
                    choice("question", "question", KeyQuestion.class), text("answer", "answer_text", 20000))),
            new Kind("keyQuestions", "doneConditions", "done_condition", "id", false, true, ExportSection.KEY_QUESTIONS,
                    List.of("question", "metric", "activityArea", "businessArea"), List.of(
                    choice("question", "question", KeyQuestion.class), choice("metric", "metric", Metric.class),
                    optionalRef("activityArea", "activity_area_id", AREAS), text("businessArea", "business_area", 200),
                    choice("comparison", "comparison", Comparison.class),
                    decimal("threshold", "threshold", BigDecimal.valueOf(Long.MIN_VALUE)),
                    optionalDate("targetDate", "target_date"), optionalRef("owner", "owner_id", STAKEHOLDERS))),
            new Kind("artefacts", "glossary", "glossary_term", "id", false, true, ExportSection.ARTEFACTS, List.of("term"), List.of(
                    text("term", "term", 200), text("definition", "definition", 20000),
                    optionalRef("owner", "owner_id", STAKEHOLDERS), text("synonyms", "synonyms", 2000))),
            new Kind("artefacts", "policies", "policy", "id", false, true, ExportSection.ARTEFACTS, List.of("title"), List.of(
                    text("title", "title", 200), optionalRef("area", "area_id", AREAS),
                    optionalRef("owner", "owner_id", STAKEHOLDERS), choice("status", "status", PolicyStatus.class),
                    optionalDate("reviewDate", "review_date"), text("body", "body", 20000))),
            new Kind("artefacts", "communications", "communication", "id", false, true, ExportSection.ARTEFACTS,
                    List.of("audience", "message", "sendDate"), List.of(
                    text("audience", "audience", 200), text("message", "message", 2000),
                    choice("channel", "channel", Channel.class), optionalDate("sendDate", "send_date"),
                    optionalRef("owner", "owner_id", STAKEHOLDERS), choice("status", "status", CommunicationStatus.class))),
            new Kind("artefacts", "systems", "learning_system", "id", false, true, ExportSection.ARTEFACTS, List.of("name"), List.of(
                    text("name", "name", 200), choice("type", "system_type", SystemType.class),
                    optionalRef("owner", "owner_id", STAKEHOLDERS), text("notes", "notes", 20000),
                    integer("mapX", "map_x", Integer.MIN_VALUE, Integer.MAX_VALUE),
                    integer("mapY", "map_y", Integer.MIN_VALUE, Integer.MAX_VALUE))),
            new Kind("artefacts", "integrations", "system_integration", "id", false, true, ExportSection.ARTEFACTS,
                    List.of("from", "to", "dataExchanged"), List.of(
                    ref("from", "from_system_id", "artefacts/systems"), ref("to", "to_system_id", "artefacts/systems"),
                    text("dataExchanged", "data_exchanged", 2000), choice("direction", "direction", Direction.class))),
            new Kind("operations", "people", "person", "id", false, true, ExportSection.OPERATIONS, List.of("name", "businessArea"), List.of(
                    text("name", "name", 200), email("email", "email"), text("businessArea", "business_area", 200),
                    text("region", "region", 200), bool("facilitator", "is_facilitator"), bool("participant", "is_participant"),
                    bool("coordinator", "is_coordinator"))),
            new Kind("operations", "rooms", "room", "id", false, true, ExportSection.OPERATIONS, List.of("name", "site"), List.of(
                    text("name", "name", 200), text("site", "site", 200), integer("capacity", "capacity", 1, Integer.MAX_VALUE),
                    bool("virtual", "is_virtual"), text("link", "link", 2000))),
            new Kind("operations", "courses", "course", "id", false, true, ExportSection.OPERATIONS, List.of("title"), List.of(
                    text("title", "title", 300), optionalRef("activityArea", "activity_area_id", AREAS),
                    choice("format", "format", CourseFormat.class),
                    integer("defaultDurationMinutes", "default_duration_minutes", 1, 100_000),
                    optionalRef("owner", "owner_id", PEOPLE))),
            new Kind("operations", "events", "training_event", "id", false, false, ExportSection.OPERATIONS,
                    List.of("course", "startsOn", "businessArea"), List.of(
                    ref("course", "course_id", "operations/courses"), optionalRef("coordinator", "coordinator_id", PEOPLE),
                    text("businessArea", "business_area", 200), text("region", "region", 200),
                    integer("capacity", "capacity", 1, Integer.MAX_VALUE),
                    integer("minimumEnrolment", "minimum_enrolment", 0, Integer.MAX_VALUE),
                    choice("status", "status", EventStatus.class), date("startsOn", "starts_on"), date("endsOn", "ends_on"),
                    optionalText("cancelReason", "cancel_reason", 2000), optionalDateTime("cancelledAt", "cancelled_at"),
                    optionalText("cancelledBy", "cancelled_by", 200))),
            new Kind("operations", "series", "session_series", "id", false, false, ExportSection.OPERATIONS,
                    List.of("event", "firstDate", "startTime"), List.of(
                    ref("event", "event_id", EVENTS), choice("frequency", "frequency", Frequency.class),
                    text("weekdays", "weekdays", 80), integer("count", "session_count", 1, 10_000),
                    date("firstDate", "first_date"), time("startTime", "start_time"), time("endTime", "end_time"),
                    text("zone", "zone", 60))),
            new Kind("operations", "sessions", "event_session", "id", false, false, ExportSection.OPERATIONS,
                    List.of("event", "localStart"), List.of(
                    ref("event", "event_id", EVENTS), optionalRef("series", "series_id", "operations/series"),
                    dateTime("localStart", "local_start"), dateTime("localEnd", "local_end"), text("zone", "zone", 60),
                    optionalRef("room", "room_id", "operations/rooms"), text("virtualLink", "virtual_link", 2000),
                    optionalText("cancelReason", "cancel_reason", 2000), optionalDateTime("cancelledAt", "cancelled_at"),
                    optionalText("cancelledBy", "cancelled_by", 200))),
            new Kind("operations", "facilitators", "session_facilitator", null, false, false, ExportSection.OPERATIONS,
                    List.of("session", "person"), List.of(
                    ref("session", "session_id", SESSIONS), ref("person", "person_id", PEOPLE),
                    integer("ordinal", "ordinal", 0, Integer.MAX_VALUE))),
            new Kind("operations", "enrolments", "enrolment", "id", false, false, ExportSection.OPERATIONS,
                    List.of("event", "person"), List.of(
                    ref("event", "event_id", EVENTS), ref("person", "person_id", PEOPLE),
                    choice("status", "status", EnrolmentStatus.class), dateTime("enrolledAt", "enrolled_at"),
                    dateTime("statusChangedAt", "status_changed_at"),
                    integer("waitlistPosition", "waitlist_position", 0, Integer.MAX_VALUE),
                    bool("wasWaitlisted", "was_waitlisted"))),
            new Kind("operations", "attendance", "attendance", null, false, false, ExportSection.OPERATIONS,
                    List.of("session", "person"), List.of(
                    ref("session", "session_id", SESSIONS), ref("person", "person_id", PEOPLE),
                    choice("mark", "mark", AttendanceMark.class), dateTime("markedAt", "marked_at"))),
            new Kind("operations", "costLines", "cost_line", "id", false, true, ExportSection.OPERATIONS,
                    List.of("event", "category", "note"), List.of(
                    ref("event", "event_id", EVENTS), choice("category", "category", CostCategory.class),
                    decimal("amount", "amount", BigDecimal.ZERO), text("currency", "currency", 3), text("note", "note", 2000))),
            new Kind("operations", "conflictPolicies", "conflict_policy", null, false, false, ExportSection.OPERATIONS,
                    List.of("kind"), List.of(
                    choice("kind", "kind", ConflictKind.class), choice("policy", "policy", ConflictPolicy.class))));

    /** The preview's names for the kinds, written out so the message bundle's check sees them. */
    static final List<String> KIND_KEYS = List.of(
            "importKind.scope.strategy",
            "importKind.scope.regions",
            "importKind.scope.activityAreas",
            "importKind.stakeholders.stakeholders",
            "importKind.expectations.deliverables",
            "importKind.needsAnalysis.sessions",
            "importKind.needsAnalysis.participants",
            "importKind.needsAnalysis.findings",
            "importKind.champions.champions",
            "importKind.champions.engagement",
            "importKind.governance.model",
            "importKind.governance.bodies",
            "importKind.governance.members",
            "importKind.governance.processes",
            "importKind.governance.roles",
            "importKind.governance.cells",
            "importKind.keyQuestions.answers",
            "importKind.keyQuestions.doneConditions",
            "importKind.artefacts.glossary",
            "importKind.artefacts.policies",
            "importKind.artefacts.communications",
            "importKind.artefacts.systems",
            "importKind.artefacts.integrations",
            "importKind.operations.people",
            "importKind.operations.rooms",
            "importKind.operations.courses",
            "importKind.operations.events",
            "importKind.operations.series",
            "importKind.operations.sessions",
            "importKind.operations.facilitators",
            "importKind.operations.enrolments",
            "importKind.operations.attendance",
            "importKind.operations.costLines",
            "importKind.operations.conflictPolicies");

    /** The kinds some field refers to (by {@link Kind#name()}). */
    static final Set<String> REFERENCED = KINDS.stream().flatMap(k -> k.fields().stream())
            .map(Field::reference).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The top-level objects (steps) in file order, each with its kinds in order. */
    static final Map<String, List<Kind>> STEPS;

    static {
        Map<String, List<Kind>> steps = new LinkedHashMap<>();
        for (Kind kind : KINDS) {
            steps.computeIfAbsent(kind.step(), s -> new java.util.ArrayList<>()).add(kind);
        }
        STEPS = steps;
        if (!KIND_KEYS.equals(KINDS.stream().map(Kind::messageKey).toList())) {
            throw new IllegalStateException("KIND_KEYS and KINDS disagree");
        }
    }

    private Format() {
    }
}
