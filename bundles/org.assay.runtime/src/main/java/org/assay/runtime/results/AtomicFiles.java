package org.assay.runtime.results;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Whole-file writes that readers never see half done: a temporary file next to the target, then a rename. The file
 * keeps its permissions, and a new one is readable by all like any other output (not the temporary file's owner-only).
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Replaces {@code file}'s content with {@code bytes} atomically, creating its folder when needed. */
	public static void write(Path file, byte[] bytes) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
		try {
			Files.write(temporary, bytes);
			keepPermissions(temporary, file);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void keepPermissions(Path temporary, Path file) throws IOException {
		if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Files.setPosixFilePermissions(temporary, Files.exists(file) ? Files.getPosixFilePermissions(file)
				: PosixFilePermissions.fromString("rw-r--r--"));
	}
}
