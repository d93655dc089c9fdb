package org.learnops.studio.persistence.jdbc;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema versions this build ships: the {@code V<version>__<what>.sql} files in the migration
 * folder on the class path, found the way Flyway finds them (every class path entry, folders and
 * jars), without loading Flyway. The opener compares them with a workspace's schema history, so the
 * newest version is never a hand-kept constant that can go stale when a migration is added.
 */
final class BundledMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(BundledMigrations.class);
    private static final String CLASSPATH = "classpath:";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private BundledMigrations() {
    }

    /**
     * The versions in {@code location} ({@code classpath:db/migration}); empty when they cannot be
     * told for sure — not a class path location, no such folder found, a place that is neither a
     * folder nor a jar, a sub-folder, a file that is not a versioned SQL migration (a repeatable one) —
     * in which case the caller lets Flyway decide.
     */
    static Optional<SortedSet<SchemaVersion>> in(String location, ClassLoader loader) {
        if (!location.startsWith(CLASSPATH)) {
            return Optional.empty();
        }
        String folder = location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", "");
        try {
            List<String> names = new ArrayList<>();
            List<URL> places = Collections.list(loader.getResources(folder));
            if (places.isEmpty()) {
                return Optional.empty();
            }
            for (URL place : places) {
                Optional<List<String>> found = namesIn(place, folder);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                names.addAll(found.get());
            }
            SortedSet<SchemaVersion> versions = new TreeSet<>();
            for (String name : names) {
                Matcher versioned = VERSIONED.matcher(name);
                if (!versioned.matches()) {
                    return Optional.empty();
                }
                if (!versions.add(SchemaVersion.parse(versioned.group(1)).orElseThrow())) {
                    return Optional.empty(); // two files with one version: Flyway refuses that, let it say so
                }
            }
            return versions.isEmpty() ? Optional.empty() : Optional.of(Collections.unmodifiableSortedSet(versions));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("Could not list the bundled migrations in {}; Flyway will look: {}", location, e.toString());
            return Optional.empty();
        }
    }

    /** The file names directly in {@code folder} at {@code place}; empty for a kind of place this does not read. */
    private static Optional<List<String>> namesIn(URL place, String folder) throws IOException, URISyntaxException {
        switch (place.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(place.toURI()))) {
                    List<Path> all = files.toList();
                    // Flyway also looks in sub-folders: with one there, it decides
                    return all.stream().allMatch(Files::isRegularFile)
                            ? Optional.of(all.stream().map(file -> file.getFileName().toString()).toList())
                            : Optional.empty();
                }
            }
            case "jar" -> {
                URLConnection connection = place.openConnection();
                if (!(connection instanceof JarURLConnection jarConnection)) {
                    return Optional.empty();
                }
                jarConnection.setUseCaches(false);
                List<String> names = new ArrayList<>();
                String prefix = folder + "/";
                try (JarFile jar = jarConnection.getJarFile()) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(prefix) && name.length() > prefix.length()) {
                            if (name.indexOf('/', prefix.length()) >= 0) {
                                return Optional.empty(); // a sub-folder, where Flyway also looks
                            }
                            names.add(name.substring(prefix.length()));
                        }
                    }
                }
                return Optional.of(names);
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
