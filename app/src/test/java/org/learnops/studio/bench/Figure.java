package org.learnops.studio.bench;

import java.util.Locale;

/**
 * One line of the benchmark: the product's time against the floor's, both medians of the same
 * number of runs in the same process, with the peak heap of each.
 *
 * @param target      what the issue asks, e.g. "≤1.3x" (a ratio) or "≤100ms" (an absolute time)
 * @param limit       the number in the target (a ratio, or milliseconds when {@code absolute})
 * @param absolute    whether the target is on the product's time rather than the ratio
 */
record Figure(String name, double productMs, double floorMs, String target, double limit, boolean absolute,
              long productHeapMb, long floorHeapMb, String note) {

    double ratio() {
        return floorMs <= 0 ? Double.NaN : productMs / floorMs;
    }

    boolean met() {
        return absolute ? productMs <= limit : ratio() <= limit;
    }

    String line() {
        return String.format(Locale.ROOT, "%-38s product %9.1f ms | floor %9.1f ms | ratio %6.2f | target %-8s %-4s"
                        + " | peak heap %5d MB (floor %5d MB)%s",
                name, productMs, floorMs, ratio(), target, met() ? "ok" : "MISS", productHeapMb, floorHeapMb,
                note.isEmpty() ? "" : " | " + note);
    }
}
