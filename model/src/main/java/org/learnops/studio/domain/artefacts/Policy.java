package org.learnops.studio.domain.artefacts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy or procedure the learning operations team works by.
 *
 * @param id         store identity (0 before it is stored)
 * @param title      required
 * @param areaId     the activity area it governs, if any
 * @param ownerId    the stakeholder who owns it, if any
 * @param status     draft to retired
 * @param reviewDate when it is next to be reviewed, if set
 * @param body       the text itself (long)
 */
public record Policy(long id, String title, Optional<Long> areaId, Optional<Long> ownerId, PolicyStatus status,
                     Optional<LocalDate> reviewDate, String body) {

    public Policy {
        title = GlossaryTerm.text(title);
        areaId = Objects.requireNonNull(areaId, "areaId");
        ownerId = Objects.requireNonNull(ownerId, "ownerId");
        status = Objects.requireNonNull(status, "status");
        reviewDate = Objects.requireNonNull(reviewDate, "reviewDate");
        body = GlossaryTerm.text(body);
    }

    public static Policy titled(String title) {
        return new Policy(0, title, Optional.empty(), Optional.empty(), PolicyStatus.DRAFT, Optional.empty(), "");
    }

    public Policy withId(long value) {
        return new Policy(value, title, areaId, ownerId, status, reviewDate, body);
    }

    /** Its review date is before {@code today} and it is still in force (not retired). */
    public boolean isReviewOverdue(LocalDate today) {
        return status != PolicyStatus.RETIRED && reviewDate.map(date -> date.isBefore(today)).orElse(false);
    }
}
