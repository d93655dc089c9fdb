package org.learnops.studio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median wall-clock time of several runs, and the peak heap they reached. */
final class Timing {

    /** Work to time; {@link #prepare} runs before each run, outside the clock. */
    interface Run {
        void run() throws Exception;
    }

    record Result(double medianMs, long peakHeapMb, List<Double> runsMs) {
    }

    private Timing() {
    }

    static Result median(int runs, Run prepare, Run work) throws Exception {
        List<Double> times = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            prepare.run();
            resetPeakHeap();
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
            peak = Math.max(peak, peakHeapMb());
        }
        return new Result(median(times), peak, times);
    }

    static Result median(int runs, Run work) throws Exception {
        return median(runs, () -> { }, work);
    }

    /** Runs timed one by one (e.g. interleaved with other work) as one result: the median of all, the highest peak. */
    static Result merge(List<Result> results) {
        List<Double> times = new ArrayList<>();
        long peak = 0;
        for (Result result : results) {
            times.addAll(result.runsMs());
            peak = Math.max(peak, result.peakHeapMb());
        }
        return new Result(median(times), peak, times);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** A full collection first, so the peak counts what the work itself kept and made. */
    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at once). */
    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
