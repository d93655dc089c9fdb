package org.learnops.studio.domain.artefacts;

import java.util.Collection;

/** The geometry of the ecosystem diagram: box size and where a new system goes. */
public final class EcosystemMap {

    public static final int BOX_WIDTH = 170;
    public static final int BOX_HEIGHT = 76;
    /** Room between boxes placed automatically, so an integration's label fits between them. */
    public static final int GAP_X = 70;
    public static final int GAP_Y = 70;
    public static final int MARGIN = 24;
    /** New systems fill rows of this many places before starting the next row. */
    public static final int PLACES_PER_ROW = 3;

    private EcosystemMap() {
    }

    /** A place on the map: the top-left corner of a system's box. */
    public record Place(int x, int y) {
    }

    /**
     * The first place of the grid (row by row) whose box overlaps none of {@code systems}' boxes,
     * wherever the user has dragged them.
     */
    public static Place freePlace(Collection<LearningSystem> systems) {
        for (int index = 0; ; index++) {
            int x = MARGIN + (index % PLACES_PER_ROW) * (BOX_WIDTH + GAP_X);
            int y = MARGIN + (index / PLACES_PER_ROW) * (BOX_HEIGHT + GAP_Y);
            if (systems.stream().noneMatch(system -> overlaps(system.x(), system.y(), x, y))) {
                return new Place(x, y);
            }
        }
    }

    private static boolean overlaps(int ax, int ay, int bx, int by) {
        return ax < bx + BOX_WIDTH && bx < ax + BOX_WIDTH && ay < by + BOX_HEIGHT && by < ay + BOX_HEIGHT;
    }
}
