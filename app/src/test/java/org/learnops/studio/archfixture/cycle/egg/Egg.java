package org.learnops.studio.archfixture.cycle.egg;

import org.learnops.studio.archfixture.cycle.chicken.Chicken;

/** The other half of the package cycle: egg -> chicken. */
public final class Egg {
    Chicken hatch() {
        return new Chicken();
    }
}
