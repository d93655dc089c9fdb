package org.learnops.studio.export.poi;

import java.util.ArrayList;
import java.util.List;

/**
 * The deck's simple, conservative rule for "does this text fit its box": a character is counted
 * 0.58 of the font size wide (Calibri averages below 0.5), a line 1.25 of the font size high, and
 * the box loses its default insets (7.2 pt left and right, 3.6 pt top and bottom). Text is clipped
 * or moved to a follow-on slide before it could break this rule; tests check every box with it.
 */
final class TextFit {

    static final double CHAR_WIDTH = 0.58;
    static final double LINE_HEIGHT = 1.25;
    static final double SIDE_INSETS = 14.4;
    static final double TOP_BOTTOM_INSETS = 7.2;
    static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** Characters that fit on one line of a box {@code width} points wide. */
    static int charsPerLine(double width, double fontSize) {
        return Math.max(1, (int) ((width - SIDE_INSETS) / (fontSize * CHAR_WIDTH)));
    }

    /** Lines a box {@code height} points high holds. */
    static int lineCapacity(double height, double fontSize) {
        return Math.max(0, (int) ((height - TOP_BOTTOM_INSETS) / (fontSize * LINE_HEIGHT)));
    }

    /** Lines {@code text} takes in a box {@code width} points wide (an empty paragraph takes one). */
    static int lines(String text, double width, double fontSize) {
        int perLine = charsPerLine(width, fontSize);
        return Math.max(1, (text.length() + perLine - 1) / perLine);
    }

    /** {@code text} cut to at most {@code maxChars} characters, ending with "…" when cut. */
    static String clip(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        return text.substring(0, Math.max(0, maxChars - 1)).stripTrailing() + ELLIPSIS;
    }

    /**
     * Splits {@code items} into pages of at most {@code linesPerPage} lines, each item clipped to
     * {@code maxLinesPerItem} lines of {@code charsPerLine}. After {@code maxPages} pages the last
     * page ends with {@code more} (a MessageFormat-free function of the number left out).
     */
    static List<List<String>> paginate(List<String> items, int charsPerLine, int linesPerPage, int maxLinesPerItem,
                                       int maxPages, java.util.function.IntFunction<String> more) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        int used = 0;
        int perPage = Math.max(1, linesPerPage);
        for (int i = 0; i < items.size(); i++) {
            String item = clip(items.get(i), Math.min(perPage, maxLinesPerItem) * charsPerLine);
            int need = Math.max(1, (item.length() + charsPerLine - 1) / charsPerLine);
            if (used + need > perPage && !page.isEmpty()) {
                if (pages.size() + 1 == maxPages) {
                    endWithMore(page, used, perPage, charsPerLine, items.size() - i, more);
                    pages.add(page);
                    return pages;
                }
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(item);
            used += need;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Makes room on a full page for the "+N more" line, dropping its last items as needed. */
    private static void endWithMore(List<String> page, int used, int perPage, int charsPerLine, int left,
                                    java.util.function.IntFunction<String> more) {
        int dropped = 0;
        while (used + 1 > perPage && !page.isEmpty()) {
            String last = page.remove(page.size() - 1);
            used -= Math.max(1, (last.length() + charsPerLine - 1) / charsPerLine);
            dropped++;
        }
        page.add(clip(more.apply(left + dropped), charsPerLine));
    }
}
