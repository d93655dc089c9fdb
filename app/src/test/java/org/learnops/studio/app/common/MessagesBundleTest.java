package org.learnops.studio.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps messages.properties and the code in step: every key the code or FXML uses exists, every
 * key in the bundle is used, no key is defined twice, and every message is a MessageFormat pattern
 * without a plain apostrophe. Paths are relative to the app module, surefire's working directory.
 */
class MessagesBundleTest {

    private static final Path BUNDLE_FILE = Path.of("src/main/resources/org/learnops/studio/app/messages.properties");
    private static final Path APP_RESOURCES = Path.of("src/main/resources");
    /** Texts inside exported files live in the model's own bundle (the command line has no app bundle). */
    private static final Path EXPORT_LABELS = Path.of("../model/src/main/resources/org/learnops/studio/export/labels.properties");
    private static final List<Path> JAVA_SOURCES = List.of(Path.of("src/main/java"), Path.of("../model/src/main/java"));

    /** A string literal that is exactly a dotted, lower-camel name, e.g. {@code "scope.areas.title"}. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");
    /** Dotted literals that are file names, not keys: "app.css", "settings.properties", ... */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|properties|fxml|png|log|db)");
    /** An FXML attribute whose value is a resource reference: {@code text="%scope.title"}. */
    private static final Pattern FXML_KEY = Pattern.compile("=\\s*\"%([^\"\\s]+)\"");

    private static ResourceBundle bundle;
    private static Set<String> bundleKeys;
    private static Set<String> usedKeys;

    @BeforeAll
    static void scanBundleAndSources() {
        assertTrue(Files.isRegularFile(BUNDLE_FILE),
                "no " + BUNDLE_FILE.toAbsolutePath() + ": run the test from the app module directory");
        bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        bundleKeys = new TreeSet<>(bundle.keySet());
        Set<String> namespaces = namespaces(bundleKeys);

        usedKeys = new TreeSet<>();
        for (Path fxml : filesEndingWith(APP_RESOURCES, ".fxml")) {
            usedKeys.addAll(fxmlKeys(read(fxml)));
        }
        for (Path root : JAVA_SOURCES) {
            for (Path java : filesEndingWith(root, ".java")) {
                usedKeys.addAll(keyLiterals(stringLiterals(read(java)), namespaces));
            }
        }
    }

    @Test
    void theScanSeesTheRealBundleAndSources() {
        assertEquals(bundleKeys, new TreeSet<>(definedKeys(readLines(BUNDLE_FILE))),
                "the raw file and the loaded bundle disagree: is " + BUNDLE_FILE + " the bundle " + Messages.BUNDLE + "?");
        assertTrue(usedKeys.size() > 50, "only " + usedKeys.size() + " keys found in use; are the source paths right? "
                + usedKeys);
        assertTrue(usedKeys.contains("scope.intro"), "no FXML key found");
        assertTrue(usedKeys.contains("scope.error.nameRequired"), "no key found in the model sources");
        assertTrue(usedKeys.contains("app.titleWithWorkspace"), "no key found in the app sources");
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() {
        Set<String> inCode = new TreeSet<>(usedKeys);
        if (Files.isRegularFile(EXPORT_LABELS)) {
            inCode.removeAll(definedKeys(readLines(EXPORT_LABELS)));
        }
        assertEquals(List.of(), missingKeys(inCode, bundleKeys), "keys used in code or FXML but not in " + BUNDLE_FILE);
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        assertEquals(List.of(), unusedKeys(bundleKeys, usedKeys), "keys in " + BUNDLE_FILE + " that nothing uses");
    }

    @Test
    void noKeyIsDefinedTwice() {
        assertEquals(List.of(), duplicateKeys(readLines(BUNDLE_FILE)), "keys defined more than once in " + BUNDLE_FILE);
    }

    @Test
    void everyMessageIsAMessageFormatPatternWithoutPlainApostrophes() {
        Map<String, String> messages = new LinkedHashMap<>();
        bundleKeys.forEach(key -> messages.put(key, bundle.getString(key)));
        assertEquals(List.of(), badPatterns(messages));
    }

    /** The checks above on tiny inputs, so none of them can pass by finding nothing. */
    @Nested
    class TheChecksThemselves {

        @Test
        void findsAKeyUsedInJavaThatTheBundleLacks() {
            String source = """
                    class A {
                        String title = messages.get("scope.title");
                        String gone = messages.get("scope.removed");
                    }
                    """;
            Set<String> used = new TreeSet<>(keyLiterals(stringLiterals(source), Set.of("scope")));
            assertEquals(List.of("scope.removed"), missingKeys(used, Set.of("scope.title")));
        }

        @Test
        void findsAKeyUsedInFxmlThatTheBundleLacks() {
            String fxml = "<VBox><Label text=\"%scope.title\"/><Label text=\"%scope.removed\" styleClass=\"a.b\"/></VBox>";
            assertEquals(List.of("scope.removed"), missingKeys(fxmlKeys(fxml), Set.of("scope.title")));
        }

        @Test
        void findsAnUnusedKey() {
            assertEquals(List.of("scope.unused"), unusedKeys(Set.of("scope.title", "scope.unused"), Set.of("scope.title")));
        }

        @Test
        void findsADuplicateKey() {
            List<String> lines = List.of(
                    "# scope.title=in a comment does not count",
                    "scope.title=Scope",
                    "scope.intro=first line \\",
                    "    scope.title=continuation of the value above, not a key",
                    "scope.name = Name",
                    "scope.title:Scope again");
            assertEquals(List.of("scope.title"), duplicateKeys(lines));
        }

        @Test
        void findsAPlainApostropheAndABrokenPattern() {
            Map<String, String> messages = new LinkedHashMap<>();
            messages.put("scope.fine", "The area’s name is {0}.");
            messages.put("scope.apostrophe", "Don't lose {0}");
            messages.put("scope.broken", "Choose {0 or {1}");
            assertEquals(List.of("scope.apostrophe", "scope.broken"),
                    badPatterns(messages).stream().map(problem -> problem.substring(0, problem.indexOf(':'))).toList());
        }

        @Test
        void keyLiteralsSkipFileNamesOtherNamespacesAndComments() {
            String source = """
                    class A {
                        // messages.get("scope.commentedOut")
                        /* "scope.alsoCommentedOut" */
                        String css = "app.css", settings = "settings.properties", window = "window.x";
                        String notAKey = "scope title", url = "http://example.org/scope.x";
                        char quote = '"';
                        String key = "scope.title", escaped = "say \\"scope.inside\\"";
                    }
                    """;
            assertEquals(List.of("scope.title"),
                    keyLiterals(stringLiterals(source), Set.of("scope", "app", "settings")));
        }
    }

    /** The first segments of the bundle's keys: {@code app}, {@code scope}, ... */
    static Set<String> namespaces(Set<String> keys) {
        return keys.stream().map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Keys referenced as {@code %key} in FXML attributes. */
    static Set<String> fxmlKeys(String fxml) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = FXML_KEY.matcher(fxml);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /** The contents of the string literals in Java source, skipping comments and char literals. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = endOf(source, "\"\"\"", i + 3);
                literals.add(source.substring(i + 3, Math.max(i + 3, end - 3)));
                i = end;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int start = ++i;
                while (i < source.length() && source.charAt(i) != quote) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(source.substring(start, Math.min(i, source.length())));
                }
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int endOf(String source, String terminator, int from) {
        int at = source.indexOf(terminator, from);
        return at < 0 ? source.length() : at + terminator.length();
    }

    /** The literals that are message keys: key-shaped, in one of the bundle's namespaces, not file names. */
    static List<String> keyLiterals(List<String> literals, Set<String> namespaces) {
        return literals.stream()
                .filter(literal -> KEY_SHAPE.matcher(literal).matches())
                .filter(literal -> namespaces.contains(literal.substring(0, literal.indexOf('.'))))
                .filter(literal -> !FILE_NAME.matcher(literal).matches())
                .distinct()
                .sorted()
                .toList();
    }

    static List<String> missingKeys(Set<String> used, Set<String> defined) {
        return used.stream().filter(key -> !defined.contains(key)).sorted().toList();
    }

    static List<String> unusedKeys(Set<String> defined, Set<String> used) {
        return defined.stream().filter(key -> !used.contains(key)).sorted().toList();
    }

    /** Keys defined more than once in a properties file's lines. */
    static List<String> duplicateKeys(List<String> lines) {
        List<String> keys = definedKeys(lines);
        Set<String> seen = new TreeSet<>();
        return keys.stream().filter(key -> !seen.add(key)).distinct().sorted().toList();
    }

    /** The keys of a properties file, in order, with repeats; comments and continuation lines are skipped. */
    static List<String> definedKeys(List<String> lines) {
        List<String> keys = new ArrayList<>();
        boolean continuation = false;
        for (String line : lines) {
            String text = line.stripLeading();
            boolean partOfValue = continuation;
            boolean comment = !partOfValue && (text.startsWith("#") || text.startsWith("!"));
            continuation = !comment && endsWithOddBackslashes(line);
            if (partOfValue || comment || text.isEmpty()) {
                continue;
            }
            int end = 0;
            while (end < text.length() && "=: \t\f".indexOf(text.charAt(end)) < 0) {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            keys.add(text.substring(0, Math.min(end, text.length())));
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    /** One line per message that MessageFormat would reject or that holds a plain apostrophe. */
    static List<String> badPatterns(Map<String, String> messages) {
        List<String> problems = new ArrayList<>();
        messages.forEach((key, message) -> {
            if (message.indexOf('\'') >= 0) {
                problems.add(key + ": plain apostrophe (MessageFormat swallows it; write ’)");
                return;
            }
            try {
                new MessageFormat(message, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
            }
        });
        return problems;
    }

    private static List<Path> filesEndingWith(Path root, String suffix) {
        assertTrue(Files.isDirectory(root), "no folder " + root.toAbsolutePath());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        return read(file).lines().toList();
    }
}
