package org.learnops.studio.domain.needs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.learnops.studio.domain.scope.ActivityArea;

/**
 * Where pain concentrates: open findings counted per activity area × group.
 *
 * <ul>
 *   <li>Only <b>open</b> findings count; addressed ones are left out (they no longer hurt).</li>
 *   <li>Rows: the areas capture offers ({@link NeedsRules#offeredAreas}), then any other area
 *       with open findings, in the Scope step's order, then always a "No area" row for findings
 *       without an area, or whose custom area was removed from the Scope step.</li>
 *   <li>Columns: the {@link NeedsGroup}s in their order.</li>
 * </ul>
 * A pure function of its inputs; build a new one after every change.
 */
public final class HeatMap {

    /** What a cell's number and colour show. */
    public enum Measure {
        COUNT("needs.heatMap.count"),
        TOTAL_SEVERITY("needs.heatMap.totalSeverity");

        private final String messageKey;

        Measure(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Identifies a cell: the area ({@code empty} for the "No area" row) and the group. */
    public record Key(Optional<Long> areaId, NeedsGroup group) {
    }

    /** One cell: how many open findings fall in it and the sum of their severities. */
    public record Cell(Key key, int count, int totalSeverity) {
        public int value(Measure measure) {
            return measure == Measure.COUNT ? count : totalSeverity;
        }
    }

    /** One row: its area ({@code empty} for "No area") and one cell per group. */
    public record Row(Optional<ActivityArea> area, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Colours go from level 0 (empty) to this level (the fullest cell). */
    public static final int LEVELS = 4;

    private final List<Row> rows;
    private final Set<Long> rowAreaIds;

    private HeatMap(List<Row> rows) {
        this.rows = List.copyOf(rows);
        this.rowAreaIds = rows.stream().flatMap(row -> row.area().stream()).map(ActivityArea::id).collect(Collectors.toSet());
    }

    /**
     * @param areas    all the Scope step's areas, in its order
     * @param findings the findings (any status; addressed ones are left out here)
     */
    public static HeatMap of(List<ActivityArea> areas, Collection<Finding> findings) {
        Set<Long> known = areas.stream().map(ActivityArea::id).collect(Collectors.toSet());
        Map<Key, int[]> sums = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.isOpen()) {
                int[] sum = sums.computeIfAbsent(key(finding, known), k -> new int[2]);
                sum[0]++;
                sum[1] += finding.severity();
            }
        }
        Set<Long> withFindings = sums.keySet().stream().flatMap(k -> k.areaId().stream()).collect(Collectors.toSet());
        List<ActivityArea> offered = NeedsRules.offeredAreas(areas);
        List<Row> rows = new ArrayList<>();
        for (ActivityArea area : areas) {
            if (offered.contains(area) || withFindings.contains(area.id())) {
                rows.add(row(Optional.of(area), sums));
            }
        }
        rows.add(row(Optional.empty(), sums));
        return new HeatMap(rows);
    }

    private static Row row(Optional<ActivityArea> area, Map<Key, int[]> sums) {
        List<Cell> cells = new ArrayList<>();
        for (NeedsGroup group : NeedsGroup.values()) {
            Key key = new Key(area.map(ActivityArea::id), group);
            int[] sum = sums.getOrDefault(key, new int[2]);
            cells.add(new Cell(key, sum[0], sum[1]));
        }
        return new Row(area, cells);
    }

    private static Key key(Finding finding, Set<Long> knownAreaIds) {
        return new Key(finding.areaId().filter(knownAreaIds::contains), finding.group());
    }

    public List<Row> rows() {
        return rows;
    }

    /** The cell a finding is counted in; empty for addressed findings. */
    public Optional<Key> keyOf(Finding finding) {
        return finding.isOpen() ? Optional.of(key(finding, rowAreaIds)) : Optional.empty();
    }

    public Optional<Cell> cell(Key key) {
        return rows.stream().flatMap(row -> row.cells().stream()).filter(cell -> cell.key().equals(key)).findFirst();
    }

    /** The largest value of any cell (0 when there are no open findings). */
    public int max(Measure measure) {
        return rows.stream().flatMap(row -> row.cells().stream()).mapToInt(cell -> cell.value(measure)).max().orElse(0);
    }

    /** The cell's colour level: 0 when empty, else 1 to {@link #LEVELS} in proportion to the fullest cell. */
    public int level(Cell cell, Measure measure) {
        int value = cell.value(measure);
        int max = max(measure);
        return value <= 0 || max <= 0 ? 0 : (int) Math.ceil((double) value * LEVELS / max);
    }
}
