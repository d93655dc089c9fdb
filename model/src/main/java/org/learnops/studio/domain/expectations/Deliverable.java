package org.learnops.studio.domain.expectations;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the strategy project will produce (Expectations step): one of the eight
 * {@link DeliverableKind}s, offered as a checklist, or a custom one.
 *
 * @param id          store identity (0 before it is stored)
 * @param kind        the article's deliverable, or {@code null} for a custom one
 * @param customTitle the custom deliverable's title; empty for the eight
 * @param included    ticked on the checklist: the project will produce it
 * @param purpose     why it helps this organisation
 * @param audience    who it is for
 * @param ownerId     the stakeholder who owns it, if any
 * @param dueDate     when it is due, if set
 * @param status      not started to done
 * @param notes       free text (may be long)
 */
public record Deliverable(
        long id,
        DeliverableKind kind,
        String customTitle,
        boolean included,
        String purpose,
        String audience,
        Optional<Long> ownerId,
        Optional<LocalDate> dueDate,
        DeliverableStatus status,
        String notes) {

    public Deliverable {
        customTitle = customTitle == null ? "" : customTitle;
        purpose = purpose == null ? "" : purpose;
        audience = audience == null ? "" : audience;
        ownerId = Objects.requireNonNull(ownerId, "ownerId");
        dueDate = Objects.requireNonNull(dueDate, "dueDate");
        status = Objects.requireNonNull(status, "status");
        notes = notes == null ? "" : notes;
    }

    /** A new custom deliverable: included (the user adds it because the project will produce it), not started. */
    public static Deliverable custom(String title) {
        return new Deliverable(0, null, title, true, "", "", Optional.empty(), Optional.empty(),
                DeliverableStatus.NOT_STARTED, "");
    }

    public Deliverable withId(long value) {
        return new Deliverable(value, kind, customTitle, included, purpose, audience, ownerId, dueDate, status, notes);
    }

    public boolean isCustom() {
        return kind == null;
    }

    /** Included, has a due date before {@code today}, and is not done. */
    public boolean isOverdue(LocalDate today) {
        return included && status != DeliverableStatus.DONE && dueDate.map(due -> due.isBefore(today)).orElse(false);
    }
}
