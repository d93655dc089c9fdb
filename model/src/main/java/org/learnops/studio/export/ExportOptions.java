package org.learnops.studio.export;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What goes into an exported file.
 *
 * @param sections            the parts to include (a workbook or deck leaves the others out)
 * @param includePersonalData whether participants' and stakeholders' e-mail addresses are written;
 *                            off unless the user asks
 * @param clock               "today" for dates, overdue flags and the title slide, and the time zone
 */
public record ExportOptions(Set<ExportSection> sections, boolean includePersonalData, Clock clock) {

    public ExportOptions {
        sections = sections == null || sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        Objects.requireNonNull(clock, "clock");
    }

    /** Every section, without personal data. */
    public static ExportOptions everything(Clock clock) {
        return new ExportOptions(EnumSet.allOf(ExportSection.class), false, clock);
    }

    public boolean includes(ExportSection section) {
        return sections.contains(section);
    }
}
