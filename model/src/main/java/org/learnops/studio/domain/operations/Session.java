package org.learnops.studio.domain.operations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sitting of an event. Times are local wall-clock times in {@code zone}, so a weekly 09:00
 * session stays 09:00 local across a daylight-saving change; {@link #startInstant()} gives the
 * moment for overlap checks across zones.
 *
 * @param id             store identity (0 before it is stored)
 * @param eventId        the event it belongs to
 * @param seriesId       the recurring series it was created by, if any
 * @param start          local start
 * @param end            local end, after start
 * @param zone           an IANA zone id picked from a list, e.g. Europe/Paris
 * @param roomId         the room, if any (a virtual room carries its own link)
 * @param virtualLink    a joining link when there is no virtual room; may be empty
 * @param facilitatorIds the facilitating {@link Person}s, in the order given
 * @param cancellation   present while the session is cancelled
 */
public record Session(long id, long eventId, Optional<Long> seriesId, LocalDateTime start, LocalDateTime end,
                      ZoneId zone, Optional<Long> roomId, String virtualLink, List<Long> facilitatorIds,
                      Optional<Cancellation> cancellation) {

    public Session {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(roomId, "roomId");
        virtualLink = virtualLink == null ? "" : virtualLink;
        facilitatorIds = List.copyOf(facilitatorIds);
        Objects.requireNonNull(cancellation, "cancellation");
    }

    public Instant startInstant() {
        return start.atZone(zone).toInstant();
    }

    public Instant endInstant() {
        return end.atZone(zone).toInstant();
    }

    public boolean isCancelled() {
        return cancellation.isPresent();
    }

    public Session withId(long value) {
        return new Session(value, eventId, seriesId, start, end, zone, roomId, virtualLink, facilitatorIds, cancellation);
    }

    public Session withTimes(LocalDateTime newStart, LocalDateTime newEnd, ZoneId newZone) {
        return new Session(id, eventId, seriesId, newStart, newEnd, newZone, roomId, virtualLink, facilitatorIds,
                cancellation);
    }

    public Session withCancellation(Optional<Cancellation> value) {
        return new Session(id, eventId, seriesId, start, end, zone, roomId, virtualLink, facilitatorIds, value);
    }
}
