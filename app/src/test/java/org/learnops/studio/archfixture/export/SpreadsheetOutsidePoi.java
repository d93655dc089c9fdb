package org.learnops.studio.archfixture.export;

import org.apache.poi.fixture.FakeWorkbook;

/** POI code outside {@code ..export.poi..}. */
public final class SpreadsheetOutsidePoi {
    FakeWorkbook workbook;
}
