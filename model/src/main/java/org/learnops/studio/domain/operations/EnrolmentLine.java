package org.learnops.studio.domain.operations;

import java.util.Objects;

/** An enrolment with the person's name, as the enrolment list shows it. */
public record EnrolmentLine(Enrolment enrolment, String personName) {

    public EnrolmentLine {
        Objects.requireNonNull(enrolment, "enrolment");
        personName = personName == null ? "" : personName;
    }
}
