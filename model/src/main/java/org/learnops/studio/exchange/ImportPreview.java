package org.learnops.studio.exchange;

import java.util.List;

/**
 * What an import adds, changes and leaves alone, per kind of record (e.g. "Stakeholders: 3 added,
 * 1 changed, 12 unchanged").
 */
public record ImportPreview(List<Line> lines) {

    public ImportPreview {
        lines = List.copyOf(lines);
    }

    /**
     * @param recordKind message key naming the kind of record, e.g. {@code importKind.stakeholders}
     */
    public record Line(String recordKind, int added, int changed, int unchanged) {
    }

    public int totalAdded() {
        return lines.stream().mapToInt(Line::added).sum();
    }

    public int totalChanged() {
        return lines.stream().mapToInt(Line::changed).sum();
    }
}
