package org.learnops.studio.export;

/**
 * How an export or import reports progress and learns that the user cancelled. Implementations
 * are called from the worker thread; the app forwards to a progress bar.
 */
public interface ExportProgress {

    /** Ignores progress and never cancels (the command line, tests). */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units (rows, slides…) finished; total may grow. */
    void update(long done, long total);

    /**
     * Whether the user cancelled. A writer checks it between units and then throws
     * {@code org.learnops.studio.error.CancelledException}, leaving no file behind.
     */
    boolean isCancelled();
}
