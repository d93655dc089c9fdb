package org.learnops.studio.archfixture.export;

/** Stands in for an exporter interface: something in an {@code ..export..} package for a View to misuse. */
public interface FixtureExporter {
}
