package org.learnops.studio.app.events;

import java.util.stream.Collectors;
import org.learnops.studio.domain.operations.Session;

/** One session as the Sessions tab and the attendance picker show it, with names instead of ids. */
public record SessionRow(Session session, String date, String times, String zone, String room, String facilitators,
                         String status) {

    static SessionRow of(Session session, References references, EventsContext context) {
        String room = session.roomId().map(references::roomName)
                .orElse(session.virtualLink().isEmpty() ? "" : session.virtualLink());
        String facilitators = session.facilitatorIds().stream().map(references::name).collect(Collectors.joining(", "));
        String status = session.cancellation()
                .map(cancellation -> context.text("events.session.cancelled", cancellation.reason()))
                .orElse(session.seriesId().isPresent() ? context.text("events.session.inSeries") : "");
        return new SessionRow(session, EventsContext.date(session.start().toLocalDate()),
                EventsContext.TIME.format(session.start()) + "–" + EventsContext.TIME.format(session.end()),
                session.zone().getId(), room, facilitators, status);
    }

    public long id() {
        return session.id();
    }

    public boolean isCancelled() {
        return session.isCancelled();
    }

    /** What a picker shows: "2027-03-02 09:00–12:00". */
    @Override
    public String toString() {
        return date + " " + times;
    }
}
