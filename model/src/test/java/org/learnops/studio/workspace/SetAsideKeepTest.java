package org.learnops.studio.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetAsideKeepTest {

    private static final Instant AT = Instant.parse("2026-11-29T10:15:00Z");

    @TempDir
    Path folder;

    @Test
    void keepLeavesTheFileInPlaceAndItsBytesUnderTheSetAsideName() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("plan"));
        byte[] old = "old workspace bytes".getBytes();
        Files.write(file.path(), old);

        Path kept = SetAside.keep(file, "replaced", AT);
        Path second = SetAside.keep(file, "replaced", AT);

        assertEquals(folder.resolve("plan.replaced-20261129-101500.mv.db").toAbsolutePath(), kept);
        assertEquals(folder.resolve("plan.replaced-20261129-101500-2.mv.db").toAbsolutePath(), second);
        assertArrayEquals(old, Files.readAllBytes(file.path()));
        assertArrayEquals(old, Files.readAllBytes(kept));
    }

    @Test
    void whatIsKeptSurvivesTheFileBeingReplacedByARename() throws Exception {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("plan"));
        byte[] old = "old workspace bytes".getBytes();
        Files.write(file.path(), old);
        Path kept = SetAside.keep(file, "replaced", AT);

        Path restored = Files.write(folder.resolve("restored.tmp"), "restored bytes".getBytes());
        Files.move(restored, file.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertArrayEquals("restored bytes".getBytes(), Files.readAllBytes(file.path()));
        assertArrayEquals(old, Files.readAllBytes(kept));
    }
}
