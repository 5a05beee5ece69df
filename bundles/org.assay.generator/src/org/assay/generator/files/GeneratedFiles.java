package org.assay.generator.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.results.AtomicFiles;

/**
 * Writes generated files into a project: atomically ({@link AtomicFiles}), only when the content changed, and
 * never over a hand-written file; removes the generated files the models no longer produce ({@link Ownership}).
 */
public final class GeneratedFiles {

	/**
	 * What happened to each file: {@code removed} are orphaned generated files deleted, {@code orphaned} the
	 * hand-written files left over from elements that no longer exist (never deleted).
	 */
	public record Report(List<String> written, List<String> unchanged, List<String> kept, List<String> removed,
			List<Ownership.Orphan> orphaned) {
	}

	private GeneratedFiles() {
	}

	public static Report write(Path project, List<GeneratedFile> files) throws IOException {
		List<String> written = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (GeneratedFile file : files) {
			if (!project.resolve(file.path()).normalize().startsWith(project.normalize())) {
				throw new IOException("refusing to write outside the project: " + file.path());
			}
			if (file.regenerated() && (!Ownership.inGeneratedFolder(file.path())
					|| !Ownership.isGenerated(file.content().getBytes(StandardCharsets.UTF_8)))) {
				// ownership is the header in a generated folder: a file without it could never be cleaned up
				throw new IOException("generator error: " + file.path() + " is regenerated but not in "
						+ Ownership.GENERATED_FOLDERS + " with the header '" + Ownership.GENERATED_MARKER + "'");
			}
		}
		for (GeneratedFile file : files) {
			Path target = project.resolve(file.path()).normalize();
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
			AtomicFiles.write(target, content);
			written.add(file.path());
		}
		Ownership.Orphans orphans = Ownership.orphans(project, files);
		for (String orphan : orphans.generated()) {
			Ownership.remove(project, orphan);
		}
		return new Report(written, unchanged, kept, orphans.generated(), orphans.handWritten());
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
