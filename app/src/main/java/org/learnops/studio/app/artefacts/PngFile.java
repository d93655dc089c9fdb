package org.learnops.studio.app.artefacts;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.learnops.studio.error.StudioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a picture as a PNG file: first to a temporary file beside the target, then moved over it,
 * so a failed write never leaves half a picture or spoils an older one. Call off the FX thread.
 */
public final class PngFile {

    private static final Logger LOG = LoggerFactory.getLogger(PngFile.class);

    private PngFile() {
    }

    public static void write(RenderedImage image, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".ecosystem-", ".png.tmp");
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new StudioException("artefacts.map.error.format");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StudioException("artefacts.map.error.write", e, file.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Could not remove the temporary file {}", temporary, e);
                }
            }
        }
    }
}
