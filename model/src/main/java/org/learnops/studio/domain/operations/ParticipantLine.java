package org.learnops.studio.domain.operations;

import java.util.Objects;

/**
 * An enrolment as an export lists it: with the event's course and the person's name and e-mail.
 *
 * @param enrolment   the enrolment
 * @param courseTitle the event's course
 * @param personName  the person's name (deleted people included)
 * @param email       the person's e-mail; personal data, written only when the user asks
 */
public record ParticipantLine(Enrolment enrolment, String courseTitle, String personName, String email) {

    public ParticipantLine {
        Objects.requireNonNull(enrolment, "enrolment");
        courseTitle = courseTitle == null ? "" : courseTitle;
        personName = personName == null ? "" : personName;
        email = email == null ? "" : email;
    }
}
