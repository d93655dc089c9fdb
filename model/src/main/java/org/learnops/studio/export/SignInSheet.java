package org.learnops.studio.export;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a printed sign-in sheet for one session shows.
 *
 * @param courseTitle      the event's course
 * @param start            local start of the session
 * @param end              local end
 * @param zone             the session's time zone
 * @param place            the room's name, or the virtual link; may be empty
 * @param facilitatorNames the facilitators
 * @param participantNames the people holding a place, in the order to print (one signature row each)
 * @param labels           the headings and texts, in the user's language
 */
public record SignInSheet(String courseTitle, LocalDateTime start, LocalDateTime end, ZoneId zone, String place,
                          List<String> facilitatorNames, List<String> participantNames, Labels labels) {

    public SignInSheet {
        courseTitle = courseTitle == null ? "" : courseTitle;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        place = place == null ? "" : place;
        facilitatorNames = List.copyOf(facilitatorNames);
        participantNames = List.copyOf(participantNames);
        Objects.requireNonNull(labels, "labels");
    }

    /**
     * The user-visible texts of the sheet, read by the app from its resource bundle (the model has
     * none).
     *
     * @param sheetName    the worksheet tab, e.g. "Sign-in"
     * @param heading      the sheet's title, e.g. "Sign-in sheet"
     * @param course       label of the course line
     * @param when         label of the date and time line
     * @param place        label of the room or link line
     * @param facilitators label of the facilitators line
     * @param name         heading of the name column
     * @param signature    heading of the signature column
     * @param pageOfPages  the footer, a MessageFormat pattern with {0} = page and {1} = pages, e.g. "Page {0} of {1}"
     * @param locale       the language dates are written in
     */
    public record Labels(String sheetName, String heading, String course, String when, String place,
                         String facilitators, String name, String signature, String pageOfPages, Locale locale) {

        public Labels {
            Objects.requireNonNull(sheetName, "sheetName");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(course, "course");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(facilitators, "facilitators");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(pageOfPages, "pageOfPages");
            Objects.requireNonNull(locale, "locale");
        }
    }
}
