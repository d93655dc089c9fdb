package org.learnops.studio.domain.operations;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the events list shows; applied in the database, so a list of 100,000 events reads one page.
 *
 * @param text             matched, ignoring case, against course title, business area, region and coordinator name; empty = all
 * @param status           only events shown with this status, if given
 * @param includeCancelled whether cancelled events are listed
 * @param coordinatorId    only this coordinator's events, if given
 * @param businessArea     only this business area (ignoring case), empty = all
 * @param from             only events ending on or after this day, if given
 * @param to               only events starting on or before this day, if given
 */
public record EventFilter(String text, Optional<EventStatus> status, boolean includeCancelled,
                          Optional<Long> coordinatorId, String businessArea, Optional<LocalDate> from,
                          Optional<LocalDate> to) {

    public static final EventFilter ALL = new EventFilter("", Optional.empty(), true, Optional.empty(), "",
            Optional.empty(), Optional.empty());

    public EventFilter {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(coordinatorId, "coordinatorId");
        businessArea = businessArea == null ? "" : businessArea.strip();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public EventFilter withText(String value) {
        return new EventFilter(value, status, includeCancelled, coordinatorId, businessArea, from, to);
    }
}
