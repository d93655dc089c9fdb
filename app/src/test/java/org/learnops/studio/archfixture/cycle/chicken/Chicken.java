package org.learnops.studio.archfixture.cycle.chicken;

import org.learnops.studio.archfixture.cycle.egg.Egg;

/** Half of a package cycle: chicken -> egg. */
public final class Chicken {
    Egg layEgg() {
        return new Egg();
    }
}
