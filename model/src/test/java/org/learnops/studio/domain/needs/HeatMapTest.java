package org.learnops.studio.domain.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.needs.HeatMap.Cell;
import org.learnops.studio.domain.needs.HeatMap.Key;
import org.learnops.studio.domain.needs.HeatMap.Measure;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;

class HeatMapTest {

    private static final ActivityArea EVENTS = area(5, BuiltInArea.EVENT_MANAGEMENT, true);
    private static final ActivityArea VENDORS = area(7, BuiltInArea.VENDOR_MANAGEMENT, false);
    private static final ActivityArea COMPLIANCE = area(8, BuiltInArea.COMPLIANCE, true);
    private static final List<ActivityArea> AREAS = List.of(EVENTS, VENDORS, COMPLIANCE);

    private static ActivityArea area(long id, BuiltInArea builtIn, boolean inScope) {
        return new ActivityArea(id, builtIn, "", inScope, "", 3, 3);
    }

    private static long nextId = 1;

    private static Finding finding(Long areaId, NeedsGroup group, int severity, FindingStatus status) {
        return new Finding(nextId++, "pain", Optional.ofNullable(areaId), group, severity, 3, Optional.empty(), status, 0);
    }

    private static Finding open(Long areaId, NeedsGroup group, int severity) {
        return finding(areaId, group, severity, FindingStatus.OPEN);
    }

    private static Cell cell(HeatMap map, Long areaId, NeedsGroup group) {
        return map.cell(new Key(Optional.ofNullable(areaId), group)).orElseThrow();
    }

    private static List<String> rowNames(HeatMap map) {
        return map.rows().stream().map(row -> row.area().map(a -> a.builtIn().name()).orElse("NO AREA")).toList();
    }

    @Test
    void countsAndTotalSeverityPerAreaAndGroup() {
        HeatMap map = HeatMap.of(AREAS, List.of(
                open(5L, NeedsGroup.SENIOR_LEADERS, 4),
                open(5L, NeedsGroup.SENIOR_LEADERS, 5),
                open(5L, NeedsGroup.LEARNING_OPS_STAFF, 2),
                open(8L, NeedsGroup.OTHER, 1)));

        assertEquals(new Cell(new Key(Optional.of(5L), NeedsGroup.SENIOR_LEADERS), 2, 9), cell(map, 5L, NeedsGroup.SENIOR_LEADERS));
        assertEquals(1, cell(map, 5L, NeedsGroup.LEARNING_OPS_STAFF).count());
        assertEquals(2, cell(map, 5L, NeedsGroup.LEARNING_OPS_STAFF).totalSeverity());
        assertEquals(0, cell(map, 5L, NeedsGroup.OTHER).count());
        assertEquals(1, cell(map, 8L, NeedsGroup.OTHER).value(Measure.COUNT));
        assertEquals(1, cell(map, 8L, NeedsGroup.OTHER).value(Measure.TOTAL_SEVERITY));
        assertEquals(2, map.max(Measure.COUNT));
        assertEquals(9, map.max(Measure.TOTAL_SEVERITY));
    }

    @Test
    void rowsAreTheInScopeAreasPlusAreasWithFindingsInScopeOrderAndAlwaysNoAreaLast() {
        assertEquals(List.of("EVENT_MANAGEMENT", "COMPLIANCE", "NO AREA"), rowNames(HeatMap.of(AREAS, List.of())));

        HeatMap withVendorPain = HeatMap.of(AREAS, List.of(open(7L, NeedsGroup.OTHER, 3)));
        assertEquals(List.of("EVENT_MANAGEMENT", "VENDOR_MANAGEMENT", "COMPLIANCE", "NO AREA"), rowNames(withVendorPain));
        assertEquals(3, withVendorPain.rows().get(0).cells().size(), "one cell per group");
        assertEquals(List.of(NeedsGroup.values()), withVendorPain.rows().get(0).cells().stream()
                .map(c -> c.key().group()).toList());
    }

    @Test
    void beforeTheScopeHasAnyAreaInScopeEveryAreaIsARow() {
        List<ActivityArea> noneInScope = AREAS.stream().map(a -> a.withInScope(false)).toList();

        assertEquals(List.of("EVENT_MANAGEMENT", "VENDOR_MANAGEMENT", "COMPLIANCE", "NO AREA"),
                rowNames(HeatMap.of(noneInScope, List.of())));
    }

    @Test
    void findingsWithoutAnAreaOrWithARemovedAreaFallInTheNoAreaRow() {
        Finding noArea = open(null, NeedsGroup.LEARNING_OPS_STAFF, 3);
        Finding removedArea = open(99L, NeedsGroup.LEARNING_OPS_STAFF, 4);
        HeatMap map = HeatMap.of(AREAS, List.of(noArea, removedArea));

        Cell cell = cell(map, null, NeedsGroup.LEARNING_OPS_STAFF);
        assertEquals(2, cell.count());
        assertEquals(7, cell.totalSeverity());
        assertEquals(Optional.of(cell.key()), map.keyOf(removedArea));
        assertEquals(List.of("EVENT_MANAGEMENT", "COMPLIANCE", "NO AREA"), rowNames(map), "no row for an unknown area");
    }

    @Test
    void addressedFindingsAreLeftOut() {
        Finding addressed = finding(5L, NeedsGroup.SENIOR_LEADERS, 5, FindingStatus.ADDRESSED);
        HeatMap map = HeatMap.of(AREAS, List.of(addressed, open(5L, NeedsGroup.SENIOR_LEADERS, 1),
                finding(7L, NeedsGroup.OTHER, 5, FindingStatus.ADDRESSED)));

        assertEquals(1, cell(map, 5L, NeedsGroup.SENIOR_LEADERS).count());
        assertEquals(1, cell(map, 5L, NeedsGroup.SENIOR_LEADERS).totalSeverity());
        assertEquals(Optional.empty(), map.keyOf(addressed));
        assertTrue(map.cell(new Key(Optional.of(7L), NeedsGroup.OTHER)).isEmpty(),
                "an out-of-scope area with only addressed findings gets no row");
    }

    @Test
    void keyOfNamesTheCellAFindingIsCountedIn() {
        Finding finding = open(8L, NeedsGroup.SENIOR_LEADERS, 2);
        HeatMap map = HeatMap.of(AREAS, List.of(finding));

        assertEquals(Optional.of(new Key(Optional.of(8L), NeedsGroup.SENIOR_LEADERS)), map.keyOf(finding));
    }

    @Test
    void levelsGrowWithTheValueUpToTheFullestCell() {
        HeatMap map = HeatMap.of(AREAS, List.of(
                open(5L, NeedsGroup.SENIOR_LEADERS, 1),
                open(5L, NeedsGroup.SENIOR_LEADERS, 1),
                open(5L, NeedsGroup.SENIOR_LEADERS, 1),
                open(5L, NeedsGroup.SENIOR_LEADERS, 1),
                open(8L, NeedsGroup.OTHER, 5),
                open(8L, NeedsGroup.LEARNING_OPS_STAFF, 1),
                open(8L, NeedsGroup.LEARNING_OPS_STAFF, 1)));

        assertEquals(HeatMap.LEVELS, map.level(cell(map, 5L, NeedsGroup.SENIOR_LEADERS), Measure.COUNT));
        assertEquals(1, map.level(cell(map, 8L, NeedsGroup.OTHER), Measure.COUNT));
        assertEquals(2, map.level(cell(map, 8L, NeedsGroup.LEARNING_OPS_STAFF), Measure.COUNT));
        assertEquals(0, map.level(cell(map, null, NeedsGroup.OTHER), Measure.COUNT));
        assertEquals(HeatMap.LEVELS, map.level(cell(map, 8L, NeedsGroup.OTHER), Measure.TOTAL_SEVERITY),
                "by total severity the one severe finding is the hottest cell");
        assertEquals(0, HeatMap.of(AREAS, List.of()).level(cell(map, null, NeedsGroup.OTHER), Measure.COUNT));
    }
}
