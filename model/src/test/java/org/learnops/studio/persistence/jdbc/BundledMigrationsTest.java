package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opener's own list of the migrations this build ships (so the newest version is never a stale constant). */
class BundledMigrationsTest {

    /** The migrations as they are in the source tree; other branches add V11, V12, … here. */
    private static final Path SOURCE_FOLDER = Path.of("src/main/resources/db/migration");

    @TempDir
    Path folder;

    @Test
    void listsEveryVersionedMigrationOfTheSourceFolder() throws IOException {
        SortedSet<SchemaVersion> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCE_FOLDER)) {
            for (String name : files.map(file -> file.getFileName().toString()).toList()) {
                assertTrue(name.matches("V\\d+__.+\\.sql"), () -> "not a versioned migration: " + name);
                expected.add(SchemaVersion.parse(name.substring(1, name.indexOf("__"))).orElseThrow());
            }
        }
        assertTrue(expected.size() >= 10, "the ten migrations of issue 7 at least");

        Optional<SortedSet<SchemaVersion>> listed = BundledMigrations.in("classpath:db/migration",
                JdbcWorkspaceOpener.class.getClassLoader());

        assertEquals(Optional.of(expected), listed);
        assertEquals(expected.last(), listed.orElseThrow().last(), "the newest, which the opener compares with");
    }

    @Test
    void readsAJarAsFlywayDoes() throws IOException {
        Path jar = jar("db/migration/", "db/migration/V1__strategy.sql", "db/migration/V2__areas.sql",
                "db/migration/V10__operations.sql", "org/example/Other.class");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(Optional.of(versions("1", "2", "10")), BundledMigrations.in("classpath:db/migration", loader));
            assertEquals(Optional.of(versions("1", "2", "10")), BundledMigrations.in("classpath:/db/migration/", loader));
        }
    }

    @Test
    void joinsEveryClassPathEntryWithTheFolder() throws IOException {
        Path first = jar("db/migration/", "db/migration/V1__strategy.sql");
        Path second = Files.createDirectories(folder.resolve("classes").resolve("db").resolve("migration"));
        Files.writeString(second.resolve("V2__areas.sql"), "SELECT 1;");

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {first.toUri().toURL(), folder.resolve("classes").toUri().toURL()}, null)) {
            assertEquals(Optional.of(versions("1", "2")), BundledMigrations.in("classpath:db/migration", loader));
        }
    }

    @Test
    void whatItCannotTellForSureIsLeftToFlyway() throws IOException {
        assertEquals(Optional.empty(), listed("db/migration/", "db/migration/V1__a.sql", "db/migration/R__views.sql"),
                "a repeatable migration");
        assertEquals(Optional.empty(), listed("db/migration/", "db/migration/V1__a.sql", "db/migration/more/V2__b.sql"),
                "a sub-folder, where Flyway also looks");
        assertEquals(Optional.empty(), listed("db/migration/", "db/migration/V1__a.sql", "db/migration/V1.0__b.sql"),
                "two files for one version");
        assertEquals(Optional.empty(), listed("db/other/", "db/other/V1__a.sql"), "no migration folder");
        assertEquals(Optional.empty(), BundledMigrations.in("filesystem:/tmp/migrations",
                JdbcWorkspaceOpener.class.getClassLoader()), "not on the class path");
    }

    @Test
    void versionsCompareAsFlywayComparesThem() {
        assertEquals(0, version("1.0").compareTo(version("1")));
        assertEquals(version("1"), version("1.0"));
        assertEquals(version("1.2"), version("1_2"));
        assertTrue(version("10").compareTo(version("9")) > 0);
        assertTrue(version("1.10").compareTo(version("1.9")) > 0);
        assertTrue(version("999").compareTo(version("10")) > 0);
        assertTrue(version("10.1").compareTo(version("10")) > 0);
        for (String unreadable : List.of("", "x", "1.", "1..2", "v1", "1-2")) {
            assertEquals(Optional.empty(), SchemaVersion.parse(unreadable), unreadable);
        }
    }

    private Optional<SortedSet<SchemaVersion>> listed(String... entries) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar(entries).toUri().toURL()}, null)) {
            return BundledMigrations.in("classpath:db/migration", loader);
        }
    }

    private Path jar(String... entries) throws IOException {
        Path jar = Files.createTempFile(folder, "migrations", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                if (!entry.endsWith("/")) {
                    OutputStream body = out;
                    body.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static SortedSet<SchemaVersion> versions(String... texts) {
        SortedSet<SchemaVersion> versions = new TreeSet<>();
        for (String text : texts) {
            versions.add(version(text));
        }
        return versions;
    }

    private static SchemaVersion version(String text) {
        return SchemaVersion.parse(text).orElseThrow();
    }
}
