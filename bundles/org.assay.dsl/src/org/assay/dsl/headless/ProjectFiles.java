package org.assay.dsl.headless;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code .assay} files belong to a project: the one rule used by the CLI, the generator, the Maven plugin, the
 * trace and report, and the IDE's builder and views.
 * <p>
 * A project's models are all regular files named {@code *.assay} below the project folder, except inside
 * <ul>
 * <li>the build output folders at the project root: {@code target/} (Maven) and {@code bin/} (Eclipse);</li>
 * <li>hidden folders at any depth (a name starting with {@code .}: {@code .git}, {@code .settings}, …);</li>
 * <li>the generated-code folder at the project root, {@code src/generated/}.</li>
 * </ul>
 * Only these exact root-level folders are excluded: {@code target-data/}, or {@code src/target/} deeper down, still
 * hold models. Symbolic links to folders are not followed. The result is sorted and absolute.
 */
public final class ProjectFiles {

	/** The file extension of Assay models, without its dot. */
	public static final String EXTENSION = "assay";

	/** Folders directly under the project root that never hold models (build output, generated code). */
	private static final Set<Path> EXCLUDED_AT_ROOT = Set.of(Path.of("target"), Path.of("bin"), Path.of("src", "generated"));

	private ProjectFiles() {
	}

	/** The project's model files, sorted. */
	public static List<Path> models(Path project) {
		Path root = project.toAbsolutePath().normalize();
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return dir.equals(root) || !isExcludedFolder(root.relativize(dir)) ? FileVisitResult.CONTINUE
							: FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && isModel(file.getFileName().toString())) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
					if (file.equals(root)) {
						throw e;
					}
					return FileVisitResult.CONTINUE; // an unreadable folder below the project holds no models we can read
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		files.sort(null);
		return files;
	}

	/**
	 * The models of several projects or single files (the CLI's {@code validate PATH…}): a folder contributes its
	 * {@link #models(Path)}, a file itself. Sorted, without duplicates.
	 */
	public static List<Path> models(Collection<Path> foldersOrFiles) {
		TreeSet<Path> files = new TreeSet<>();
		for (Path path : foldersOrFiles) {
			if (Files.isDirectory(path)) {
				files.addAll(models(path));
			} else {
				files.add(path.toAbsolutePath().normalize());
			}
		}
		return new ArrayList<>(files);
	}

	/** Whether a file name is a model's ({@code *.assay}). */
	public static boolean isModel(String fileName) {
		return fileName.endsWith("." + EXTENSION) && fileName.length() > EXTENSION.length() + 1;
	}

	/**
	 * Whether a folder, given relative to the project root, is skipped with everything below it: a hidden folder at
	 * any depth, or one of the build-output and generated folders at the root.
	 */
	public static boolean isExcludedFolder(Path relative) {
		if (relative.toString().isEmpty()) {
			return false;
		}
		for (Path name : relative) {
			if (name.toString().startsWith(".")) {
				return true;
			}
		}
		for (Path excluded : EXCLUDED_AT_ROOT) {
			if (relative.startsWith(excluded)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a file, given relative to the project root, is one of the project's models. */
	public static boolean belongs(Path relative) {
		Path parent = relative.getParent();
		return relative.getFileName() != null && isModel(relative.getFileName().toString())
				&& (parent == null || !isExcludedFolder(parent));
	}
}
