package org.learnops.studio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * app.bss, the binary form of app.css that the build makes (JavaFX loads it instead of parsing the
 * .css at start-up), says exactly what app.css says: every selector and every declaration, value
 * by value.
 */
class AppStylesheetTest {

    @Test
    void theBinaryStylesheetIsShippedBesideTheCss() {
        assertNotNull(LearnOpsApp.class.getResource("app.css"));
        assertNotNull(LearnOpsApp.class.getResource("app.bss"), "no app.bss: the build (process-classes) makes it from app.css");
    }

    @Test
    void theBinaryStylesheetSaysWhatTheCssSays() throws IOException {
        URL css = LearnOpsApp.class.getResource("app.css");
        URL bss = LearnOpsApp.class.getResource("app.bss");
        List<String> parsed = describe(new CssParser().parse(css));
        List<String> binary = describe(Stylesheet.loadBinary(bss));
        assertTrue(parsed.size() > 400, "only " + parsed.size() + " declarations in app.css?");
        assertEquals(parsed, binary);
    }

    @Test
    void theComparisonTellsOneChangedValueApart() {
        List<String> one = describe(new CssParser().parse(".sidebar { -fx-padding: 16 10 12 10; -fx-background-color: -color-bg-subtle; }"));
        List<String> same = describe(new CssParser().parse(".sidebar { -fx-padding: 16 10 12 10; -fx-background-color: -color-bg-subtle; }"));
        List<String> other = describe(new CssParser().parse(".sidebar { -fx-padding: 16 10 12 11; -fx-background-color: -color-bg-subtle; }"));
        List<String> lookup = describe(new CssParser().parse(".sidebar { -fx-padding: 16 10 12 10; -fx-background-color: -color-bg-muted; }"));
        assertEquals(one, same);
        assertNotEquals(one, other);
        assertNotEquals(one, lookup);
    }

    /** One line per selector and declaration, values spelled out to the leaves (arrays included). */
    private static List<String> describe(Stylesheet stylesheet) {
        List<String> lines = new ArrayList<>();
        for (Rule rule : stylesheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                for (Declaration declaration : rule.getDeclarations()) {
                    lines.add(selector + " { " + declaration.getProperty() + ": " + spelledOut(declaration.getParsedValue())
                            + (declaration.isImportant() ? " !important" : "") + " }");
                }
            }
        }
        return lines;
    }

    private static String spelledOut(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            return "(" + spelledOut(parsed.getValue()) + " as " + parsed.getConverter() + (parsed.isLookup() ? ", looked up" : "") + ")";
        }
        if (value instanceof Object[] values) {
            List<String> parts = new ArrayList<>();
            for (Object part : values) {
                parts.add(spelledOut(part));
            }
            return parts.toString();
        }
        return String.valueOf(value);
    }
}
