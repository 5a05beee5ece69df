package org.assay.generator.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated files into a project: atomically (temporary file, then move), only when the content changed, and
 * never over a hand-written file.
 */
public final class GeneratedFiles {

	/** What happened to each file. */
	public record Report(List<String> written, List<String> unchanged, List<String> kept) {
	}

	private GeneratedFiles() {
	}

	public static Report write(Path project, List<GeneratedFile> files) throws IOException {
		List<String> written = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (GeneratedFile file : files) {
			Path target = project.resolve(file.path()).normalize();
			if (!target.startsWith(project.normalize())) {
				throw new IOException("refusing to write outside the project: " + file.path());
			}
			byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
			if (Files.exists(target)) {
				if (!file.regenerated()) {
					kept.add(file.path());
					continue;
				}
				if (java.util.Arrays.equals(Files.readAllBytes(target), content)) {
					unchanged.add(file.path());
					continue;
				}
			}
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
			try {
				Files.write(temporary, content);
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
				}
			} finally {
				Files.deleteIfExists(temporary);
			}
			written.add(file.path());
		}
		return new Report(written, unchanged, kept);
	}

	/** The regenerated files whose content on disk differs from what generation would produce now (stale code). */
	public static List<String> stale(Path project, List<GeneratedFile> files) throws IOException {
		List<String> stale = new ArrayList<>();
		for (GeneratedFile file : files) {
			Path target = project.resolve(file.path());
			if (file.regenerated() && (!Files.exists(target)
					|| !Files.readString(target, StandardCharsets.UTF_8).equals(file.content()))) {
				stale.add(file.path());
			}
		}
		return stale;
	}
}
