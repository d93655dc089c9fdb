package org.learnops.studio.persistence.jdbc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A migration version as Flyway writes it ("10", "1.2", "1_2"), compared part by part as numbers
 * and with trailing zero parts ignored, as Flyway compares them ("1.0" is "1").
 *
 * @param text  as written (in a file name or the schema history)
 * @param parts the numbers, trailing zeros removed
 */
record SchemaVersion(String text, List<BigInteger> parts) implements Comparable<SchemaVersion> {

    /** Empty when {@code text} is not a version Flyway would accept (digits separated by dots or underscores). */
    static Optional<SchemaVersion> parse(String text) {
        if (text == null || !text.matches("\\d+([._]\\d+)*")) {
            return Optional.empty();
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return Optional.of(new SchemaVersion(text, List.copyOf(parts)));
    }

    @Override
    public int compareTo(SchemaVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            BigInteger mine = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger theirs = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int order = mine.compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** Equal by number, whatever the spelling ("1.0" equals "1"). */
    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaVersion version && parts.equals(version.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
