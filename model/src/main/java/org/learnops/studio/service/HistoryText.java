package org.learnops.studio.service;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.learnops.studio.domain.operations.Conflict;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.Session;

/**
 * The one-line descriptions the history keeps of a record before and after a change, e.g.
 * "capacity 12, min 6, OPEN, 2026-03-02…2026-03-04". They are stored as written (the history is
 * never rewritten), so they name people and courses rather than pointing at ids.
 */
final class HistoryText {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryText() {
    }

    static String event(Event event, String courseTitle, String coordinatorName) {
        StringBuilder text = new StringBuilder();
        text.append(courseTitle).append(", capacity ").append(event.capacity()).append(", min ")
                .append(event.minimumEnrolment()).append(", ").append(event.status()).append(", ")
                .append(event.startsOn()).append('…').append(event.endsOn());
        if (!coordinatorName.isEmpty()) {
            text.append(", coordinator ").append(coordinatorName);
        }
        if (!event.businessArea().isEmpty()) {
            text.append(", ").append(event.businessArea());
        }
        if (!event.region().isEmpty()) {
            text.append(", ").append(event.region());
        }
        event.cancellation().ifPresent(c -> text.append(", cancelled: ").append(c.reason()));
        return text.toString();
    }

    static String session(Session session, String roomName, Map<Long, String> names) {
        StringBuilder text = new StringBuilder();
        text.append(LOCAL.format(session.start())).append('–');
        text.append(session.end().toLocalDate().equals(session.start().toLocalDate())
                ? session.end().toLocalTime().toString() : LOCAL.format(session.end()));
        text.append(' ').append(session.zone().getId());
        if (!roomName.isEmpty()) {
            text.append(", room ").append(roomName);
        }
        if (!session.virtualLink().isEmpty()) {
            text.append(", link ").append(session.virtualLink());
        }
        if (!session.facilitatorIds().isEmpty()) {
            text.append(", facilitators ").append(session.facilitatorIds().stream()
                    .map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(", ")));
        }
        session.cancellation().ifPresent(c -> text.append(", cancelled: ").append(c.reason()));
        return text.toString();
    }

    static String enrolment(Enrolment enrolment, String personName) {
        String text = personName + ", " + enrolment.status();
        return enrolment.waitlistPosition() > 0 ? text + " #" + enrolment.waitlistPosition() : text;
    }

    static String cost(CostLine cost) {
        String text = cost.category() + " " + cost.amount().toPlainString() + " " + cost.currency();
        return cost.note().isEmpty() ? text : text + ", " + cost.note();
    }

    static String override(String reason, List<Conflict> conflicts) {
        return reason.strip() + " — " + conflicts.stream()
                .map(c -> c.kind() + (c.subjectName().isEmpty() ? "" : " " + c.subjectName())
                        + (c.otherSessionId() == 0 ? "" : " (session " + c.otherSessionId() + ")"))
                .collect(Collectors.joining("; "));
    }
}
