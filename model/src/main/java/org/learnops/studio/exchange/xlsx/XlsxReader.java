package org.learnops.studio.exchange.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.Table;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) into a {@link Table}, every cell as the text
 * Excel shows: a formula cell gives the value Excel last calculated and stored in the file, never
 * evaluated here; text that looks like a formula stays text. The first non-empty row is the header.
 *
 * <p>It reads with POI's streaming (SAX) reader on a package opened read-only, so memory stays small
 * and the file is never written. Nothing is trusted: POI's zip-bomb limits ({@code ZipSecureFile})
 * stay at their defaults; XML is parsed by POI's hardened parser (no DOCTYPE, no external entities);
 * encrypted and macro-enabled workbooks, old .xls files, zip entries with unsafe names and files
 * over the size, row, column and cell-length limits are refused, each with an {@code import.error}
 * key and, where there is one, the cell.
 */
public final class XlsxReader {

    /** Largest file read: 64 MB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Most data rows after the header: twice the 100,000 events of the large demo. */
    public static final int MAX_ROWS = 200_000;
    /** Most columns (A to IV). */
    public static final int MAX_COLUMNS = 256;
    /** Longest cell, in characters: Excel's own limit. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Most entries in the zip: a real workbook of one sheet has a dozen. */
    public static final int MAX_ZIP_ENTRIES = 1_000;

    private static final Set<String> MACRO_CONTENT_TYPES = Set.of(
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml",
            "application/vnd.ms-excel.addin.macroEnabled.main+xml",
            "application/vnd.ms-office.vbaProject",
            "application/vnd.ms-excel.macrosheet+xml",
            "application/vnd.ms-office.activeX+xml");

    public Table read(Path file) {
        checkKind(file);
        checkEntries(file);
        try {
            OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                refuseMacros(workbook);
                return firstSheet(workbook);
            } finally {
                workbook.revert(); // closes without saving (close() would try to save a package)
            }
        } catch (StudioException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw refusal(file, e);
        }
    }

    /** Size, then what the first bytes say: a zip (OOXML) is read on; an OLE2 file is encrypted or an old .xls. */
    private static void checkKind(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new StudioException("import.error.empty");
            }
            if (size > MAX_FILE_BYTES) {
                throw new StudioException("import.error.tooLarge", file.getFileName().toString(), size, MAX_FILE_BYTES);
            }
            FileMagic magic;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            if (magic == FileMagic.OLE2) {
                throw new StudioException(isEncrypted(file) ? "import.error.xlsx.encrypted" : "import.error.xlsx.oldFormat");
            }
            if (magic != FileMagic.OOXML) {
                throw new StudioException("import.error.xlsx.notWorkbook", file.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            throw new StudioException("import.error.notFound", e, file.toString());
        } catch (IOException e) {
            throw new StudioException("import.error.read", e, file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** An encrypted OOXML file is an OLE2 container holding EncryptionInfo and EncryptedPackage. */
    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntry("EncryptionInfo") || container.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads only the zip's central directory: names that climb out of the package ({@code ../}),
     * absolute names and too many entries are refused before any part is opened. (Nothing is ever
     * extracted to disk; this refuses a file made to attack other tools.)
     */
    private static void checkEntries(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw new StudioException("import.error.xlsx.tooManyParts", zip.size(), MAX_ZIP_ENTRIES);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                String normal = name.replace('\\', '/');
                if (normal.startsWith("/") || normal.contains(":") || normal.equals("..") || normal.startsWith("../")
                        || normal.contains("/../") || normal.endsWith("/..")) {
                    throw new StudioException("import.error.xlsx.unsafePart", name);
                }
            }
        } catch (StudioException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new StudioException("import.error.xlsx.damaged", e, file.getFileName().toString());
        }
    }

    private static void refuseMacros(OPCPackage workbook) throws InvalidFormatException {
        for (PackagePart part : workbook.getParts()) {
            String type = part.getContentType();
            if (MACRO_CONTENT_TYPES.contains(type)
                    || part.getPartName().getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                throw new StudioException("import.error.xlsx.macros");
            }
        }
    }

    private static Table firstSheet(OPCPackage workbook)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        StylesTable styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new StudioException("import.error.empty");
        }
        Rows rows = new Rows();
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new CellText(), false));
            parser.parse(new InputSource(sheet));
        }
        return rows.table();
    }

    /** A StudioException for what POI or the zip layer refused; the zip-bomb check is told apart. */
    private static StudioException refusal(Path file, Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StudioException studio) {
                return studio;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("disallow-doctype-decl") || message.contains("DOCTYPE")) {
                // Excel never writes a DOCTYPE; one is there to declare entities (external: XXE; nested: billion laughs).
                return new StudioException("import.error.xlsx.xmlDeclarations", failure);
            }
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return new StudioException("import.error.xlsx.zipBomb", failure);
            }
            if (cause instanceof EncryptedDocumentException) {
                return new StudioException("import.error.xlsx.encrypted", failure);
            }
        }
        return new StudioException("import.error.xlsx.damaged", failure, file.getFileName().toString());
    }

    /**
     * Numbers as Excel shows them. A number in the General format (most cells) is converted
     * directly, as Excel converts a number to text; POI's formatter matches every format pattern
     * against date patterns first, which made reading the largest allowed sheet several times slower.
     */
    private static final class CellText extends DataFormatter {

        CellText() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (formatIndex == 0) {
                return NumberToTextConverter.toText(value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Collects the rows the streaming parser reports, checking the limits as they come. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private List<String> header;
        private final List<Table.Row> rows = new ArrayList<>();
        private final List<String> current = new ArrayList<>();
        private int currentRow;
        private int nextColumn;

        @Override
        public void startRow(int rowNum) {
            current.clear();
            currentRow = rowNum;
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw new StudioException("import.error.xlsx.tooManyColumns", where(column), MAX_COLUMNS);
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (value.length() > MAX_CELL_CHARS) {
                throw new StudioException("import.error.xlsx.cellTooLong", where(column), MAX_CELL_CHARS);
            }
            while (current.size() < column) {
                current.add("");
            }
            if (current.size() == column) {
                current.add(value);
            } else {
                current.set(column, value);
            }
            nextColumn = column + 1;
        }

        private String where(int column) {
            return new CellReference(currentRow, column).formatAsString(false);
        }

        @Override
        public void endRow(int rowNum) {
            int width = lastNonEmpty(current) + 1;
            if (width == 0) {
                return;
            }
            if (header == null) {
                List<String> names = List.copyOf(current.subList(0, width));
                Set<String> seen = new HashSet<>();
                for (String name : names) {
                    if (!seen.add(name.strip().toLowerCase(Locale.ROOT))) {
                        throw new StudioException("import.error.duplicateColumn", name);
                    }
                }
                header = names;
                return;
            }
            if (width > header.size()) {
                throw new StudioException("import.error.xlsx.outsideHeader",
                        new CellReference(rowNum, width - 1).formatAsString(false));
            }
            if (rows.size() == MAX_ROWS) {
                throw new StudioException("import.error.tooManyRows", MAX_ROWS);
            }
            List<String> cells = new ArrayList<>(current.subList(0, width));
            while (cells.size() < header.size()) {
                cells.add("");
            }
            rows.add(new Table.Row(rowNum + 1L, cells));
        }

        private static int lastNonEmpty(List<String> cells) {
            for (int i = cells.size() - 1; i >= 0; i--) {
                if (!cells.get(i).isEmpty()) {
                    return i;
                }
            }
            return -1;
        }

        Table table() {
            if (header == null) {
                throw new StudioException("import.error.empty");
            }
            return new Table(header, rows);
        }
    }
}
