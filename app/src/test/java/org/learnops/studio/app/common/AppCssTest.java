package org.learnops.studio.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.learnops.studio.app.LearnOpsApp;

/** JavaFX only warns about a broken stylesheet and drops the rest of it: fail the build instead. */
class AppCssTest {

    @Test
    void theAppStylesheetParsesWithoutErrors() throws Exception {
        URL css = LearnOpsApp.class.getResource("app.css");
        CssParser.errorsProperty().clear();

        Stylesheet stylesheet = new CssParser().parse(css);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(stylesheet.getRules().size() > 50, "the whole file was read: " + stylesheet.getRules().size());
    }

    @Test
    void aMissingBraceIsReported() {
        CssParser.errorsProperty().clear();
        new CssParser().parse(".a {\n -fx-padding: 1;\n.b {\n -fx-padding: 2;\n}\n");
        assertTrue(!CssParser.errorsProperty().isEmpty(), "the parser reports what the test relies on");
    }
}
