package org.learnops.studio.domain.artefacts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the change-management and communication plan: who hears what, how and when.
 *
 * @param id       store identity (0 before it is stored)
 * @param audience who it is for (required)
 * @param message  what they are told
 * @param channel  e-mail, town hall, ...
 * @param date     when, if set
 * @param ownerId  the stakeholder who sends it, if any
 * @param status   planned, sent or done
 */
public record Communication(long id, String audience, String message, Channel channel, Optional<LocalDate> date,
                            Optional<Long> ownerId, CommunicationStatus status) {

    public Communication {
        audience = GlossaryTerm.text(audience);
        message = GlossaryTerm.text(message);
        channel = Objects.requireNonNull(channel, "channel");
        date = Objects.requireNonNull(date, "date");
        ownerId = Objects.requireNonNull(ownerId, "ownerId");
        status = Objects.requireNonNull(status, "status");
    }

    public static Communication forAudience(String audience) {
        return new Communication(0, audience, "", Channel.EMAIL, Optional.empty(), Optional.empty(),
                CommunicationStatus.PLANNED);
    }

    public Communication withId(long value) {
        return new Communication(value, audience, message, channel, date, ownerId, status);
    }

    /** Still planned although its date has passed. */
    public boolean isLate(LocalDate today) {
        return status == CommunicationStatus.PLANNED && date.map(day -> day.isBefore(today)).orElse(false);
    }
}
