package org.learnops.studio.error;

/** The user cancelled a long-running export or import; nothing was written. */
public class CancelledException extends StudioException {

    public CancelledException() {
        super("export.error.cancelled");
    }
}
