package org.learnops.studio.domain.operations;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.learnops.studio.domain.Problem;

/**
 * What makes the operation's records valid. Each check lists every broken rule, tied to the record
 * component it concerns, so a form can show the reason next to the field; the services run the
 * same checks again before storing.
 */
public final class OperationsRules {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_LINK_LENGTH = 2000;
    public static final int MAX_REASON_LENGTH = 2000;
    public static final int MAX_NOTE_LENGTH = 2000;
    public static final int MIN_DURATION_MINUTES = 1;
    public static final int MAX_DURATION_MINUTES = 1440;
    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 100_000;
    public static final int MAX_AMOUNT_DECIMALS = 2;
    /** Amounts stay below 10^12 so they fit a DECIMAL(14,2) column. */
    public static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(12);

    /** Loose on purpose, as for stakeholders: one @, something on both sides, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private OperationsRules() {
    }

    public static List<Problem> check(Person person) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "name", person.name());
        length(problems, "name", person.name());
        length(problems, "businessArea", person.businessArea());
        length(problems, "region", person.region());
        String email = person.email().strip();
        if (!email.isEmpty() && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            problems.add(Problem.of("email", "operations.error.email"));
        }
        if (person.roles().isEmpty()) {
            problems.add(Problem.of("roles", "operations.error.roleRequired"));
        }
        return problems;
    }

    public static List<Problem> check(Room room) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "name", room.name());
        length(problems, "name", room.name());
        length(problems, "site", room.site());
        if (room.capacity() < MIN_CAPACITY || room.capacity() > MAX_CAPACITY) {
            problems.add(Problem.of("capacity", "operations.error.roomCapacity", MIN_CAPACITY, MAX_CAPACITY));
        }
        if (room.virtual() && room.link().isBlank()) {
            problems.add(Problem.of("link", "operations.error.linkRequired"));
        } else if (!room.link().isBlank()) {
            link(problems, "link", room.link());
        }
        return problems;
    }

    public static List<Problem> check(Course course) {
        List<Problem> problems = new ArrayList<>();
        if (course.title().isBlank()) {
            problems.add(Problem.of("title", "operations.error.titleRequired"));
        }
        length(problems, "title", course.title());
        int minutes = course.defaultDurationMinutes();
        if (minutes < MIN_DURATION_MINUTES || minutes > MAX_DURATION_MINUTES) {
            problems.add(Problem.of("defaultDurationMinutes", "operations.error.duration",
                    MIN_DURATION_MINUTES, MAX_DURATION_MINUTES));
        }
        return problems;
    }

    public static List<Problem> check(Event event) {
        List<Problem> problems = new ArrayList<>();
        length(problems, "businessArea", event.businessArea());
        length(problems, "region", event.region());
        if (event.capacity() < MIN_CAPACITY || event.capacity() > MAX_CAPACITY) {
            problems.add(Problem.of("capacity", "operations.error.capacity", MIN_CAPACITY, MAX_CAPACITY));
        }
        // the upper bound only makes sense against a valid capacity
        int maximum = Math.max(0, Math.min(event.capacity(), MAX_CAPACITY));
        if (event.minimumEnrolment() < 0 || event.minimumEnrolment() > maximum) {
            problems.add(Problem.of("minimumEnrolment", "operations.error.minimumEnrolment", maximum));
        }
        if (event.endsOn().isBefore(event.startsOn())) {
            problems.add(Problem.of("endsOn", "operations.error.endsBeforeStarts"));
        }
        if (!event.status().isSettable()) {
            problems.add(Problem.of("status", "operations.error.statusNotSettable"));
        }
        return problems;
    }

    /**
     * A session of {@code event}: it ends after it starts and lies within the event's days (its
     * local start date and the local date of its last minute; a session ending at midnight belongs
     * to the day before).
     */
    public static List<Problem> check(Session session, Event event) {
        List<Problem> problems = new ArrayList<>();
        if (!session.end().isAfter(session.start())) {
            problems.add(Problem.of("end", "operations.error.endBeforeStart"));
        }
        LocalDate first = session.start().toLocalDate();
        LocalDate last = session.end().isAfter(session.start())
                ? session.end().minusNanos(1).toLocalDate()
                : first;
        if (first.isBefore(event.startsOn()) || last.isAfter(event.endsOn())) {
            problems.add(Problem.of("start", "operations.error.sessionOutsideEvent", event.startsOn(), event.endsOn()));
        }
        if (!session.virtualLink().isBlank()) {
            link(problems, "virtualLink", session.virtualLink());
        }
        return problems;
    }

    public static List<Problem> check(CostLine line) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal amount = line.amount();
        if (amount.signum() < 0) {
            problems.add(Problem.of("amount", "operations.error.amountNegative"));
        } else if (amount.compareTo(AMOUNT_LIMIT) >= 0) {
            problems.add(Problem.of("amount", "operations.error.amountTooLarge", AMOUNT_LIMIT.toPlainString()));
        }
        if (amount.stripTrailingZeros().scale() > MAX_AMOUNT_DECIMALS) {
            problems.add(Problem.of("amount", "operations.error.amountDecimals", MAX_AMOUNT_DECIMALS));
        }
        if (!isCurrency(line.currency())) {
            problems.add(Problem.of("currency", "operations.error.currency"));
        }
        if (line.note().length() > MAX_NOTE_LENGTH) {
            problems.add(Problem.of("note", "operations.error.tooLong", MAX_NOTE_LENGTH));
        }
        return problems;
    }

    public static List<Problem> check(Recurrence recurrence) {
        List<Problem> problems = new ArrayList<>();
        if (recurrence.count() < 1 || recurrence.count() > Recurrence.MAX_COUNT) {
            problems.add(Problem.of("count", "operations.error.count", 1, Recurrence.MAX_COUNT));
        }
        if (recurrence.frequency() == Frequency.WEEKDAYS && recurrence.weekdays().isEmpty()) {
            problems.add(Problem.of("weekdays", "operations.error.weekdayRequired"));
        }
        if (!recurrence.endTime().isAfter(recurrence.startTime())) {
            problems.add(Problem.of("endTime", "operations.error.endTimeBeforeStartTime"));
        }
        return problems;
    }

    /** A cancellation's or a conflict override's reason: required, at most {@value #MAX_REASON_LENGTH} characters. */
    public static List<Problem> reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return List.of(Problem.of("reason", "operations.error.reasonRequired"));
        }
        if (text.length() > MAX_REASON_LENGTH) {
            return List.of(Problem.of("reason", "operations.error.tooLong", MAX_REASON_LENGTH));
        }
        return List.of();
    }

    /** Whether {@code code} is an ISO 4217 currency code Java knows, written in capitals (EUR, not eur). */
    public static boolean isCurrency(String code) {
        if (code == null || code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code text} is an absolute http or https address with a host. */
    public static boolean isWebLink(String text) {
        String link = text == null ? "" : text.strip();
        if (link.isEmpty() || link.length() > MAX_LINK_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void required(List<Problem> problems, String field, String value) {
        if (value.isBlank()) {
            problems.add(Problem.of(field, "operations.error.nameRequired"));
        }
    }

    private static void length(List<Problem> problems, String field, String value) {
        if (value.strip().length() > MAX_NAME_LENGTH) { // stored without outer spaces
            problems.add(Problem.of(field, "operations.error.tooLong", MAX_NAME_LENGTH));
        }
    }

    private static void link(List<Problem> problems, String field, String value) {
        if (!isWebLink(value)) {
            problems.add(Problem.of(field, "operations.error.link"));
        }
    }
}
