package org.learnops.studio.domain.artefacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnops.studio.domain.artefacts.EcosystemMap.Place;

class EcosystemMapTest {

    private static LearningSystem at(int x, int y) {
        return LearningSystem.named("S", SystemType.OTHER).at(x, y);
    }

    @Test
    void theFirstSystemGoesTopLeftAndTheNextOnesFillARowThenTheNextRow() {
        List<LearningSystem> systems = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < EcosystemMap.PLACES_PER_ROW + 1; i++) {
            Place place = EcosystemMap.freePlace(systems);
            places.add(place);
            systems.add(at(place.x(), place.y()));
        }
        int step = EcosystemMap.BOX_WIDTH + EcosystemMap.GAP_X;
        assertEquals(new Place(EcosystemMap.MARGIN, EcosystemMap.MARGIN), places.get(0));
        assertEquals(new Place(EcosystemMap.MARGIN + step, EcosystemMap.MARGIN), places.get(1));
        assertEquals(new Place(EcosystemMap.MARGIN, EcosystemMap.MARGIN + EcosystemMap.BOX_HEIGHT + EcosystemMap.GAP_Y),
                places.get(EcosystemMap.PLACES_PER_ROW));
    }

    @Test
    void aPlaceCoveredByADraggedSystemIsSkippedAndOneFreedByADragIsReused() {
        // The first system was dragged so that it half covers the second place; the first place is free again.
        int second = EcosystemMap.MARGIN + EcosystemMap.BOX_WIDTH + EcosystemMap.GAP_X;
        List<LearningSystem> systems = List.of(at(second + 40, EcosystemMap.MARGIN + 20),
                at(EcosystemMap.MARGIN + 2 * (EcosystemMap.BOX_WIDTH + EcosystemMap.GAP_X), EcosystemMap.MARGIN));
        assertEquals(new Place(EcosystemMap.MARGIN, EcosystemMap.MARGIN), EcosystemMap.freePlace(systems));

        List<LearningSystem> crowded = List.of(at(EcosystemMap.MARGIN + 10, EcosystemMap.MARGIN + 10),
                at(second - 60, EcosystemMap.MARGIN));
        Place next = EcosystemMap.freePlace(crowded);
        assertEquals(new Place(EcosystemMap.MARGIN + 2 * (EcosystemMap.BOX_WIDTH + EcosystemMap.GAP_X),
                EcosystemMap.MARGIN), next);
    }
}
