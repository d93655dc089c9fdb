package org.learnops.studio.app.exchange;

import org.learnops.studio.exchange.WorkshopFile;
import org.learnops.studio.exchange.json.JsonWorkshopFile;
import org.learnops.studio.export.DeckExport;
import org.learnops.studio.export.WorkbookExport;
import org.learnops.studio.export.poi.PoiDeck;
import org.learnops.studio.export.poi.PoiWorkbook;

/**
 * The file writers of this build, for the Export dialog and the command line alike; a null
 * writer's format is not offered (the dialog) or refused (the command line). No JavaFX here.
 */
public record FileWriters(WorkbookExport workbook, DeckExport deck, WorkshopFile workshopFile) {

    public static FileWriters ofThisBuild() {
        return new FileWriters(new PoiWorkbook(), new PoiDeck(), new JsonWorkshopFile());
    }
}
