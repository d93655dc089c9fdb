package org.learnops.studio.archfixture.export.poi;

import org.apache.poi.fixture.FakeWorkbook;

/** POI code where it belongs: must stay allowed. */
public final class PoiWorkbookExporter {
    FakeWorkbook workbook;
}
