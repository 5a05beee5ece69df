package org.assay.runtime.incremental;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assay.runtime.data.ProjectPaths;
import org.assay.runtime.spec.DatasetSpec;

/**
 * The partitions of a dataset declared {@code source csv partitions "data/orders/*.csv"}: the files of one folder whose
 * names match the last segment's glob ({@code *} any characters but {@code /}, {@code ?} one), in the order of their
 * names (so {@code 2024-03-01.csv} comes before {@code 2024-03-02.csv}).
 */
public final class Partitions {

	/** Why a partitioned dataset has nothing to read: the folder is missing or no file matches. */
	public static final class NoPartitionsException extends IOException {
		private static final long serialVersionUID = 1L;

		NoPartitionsException(String message) {
			super(message);
		}
	}

	private Partitions() {
	}

	/** Whether a dataset's declared path names partitions (a glob in its last segment) rather than one file. */
	public static boolean isPartitioned(String path) {
		String last = path.substring(path.lastIndexOf('/') + 1);
		return last.indexOf('*') >= 0 || last.indexOf('?') >= 0;
	}

	public static boolean isPartitioned(DatasetSpec dataset) {
		return dataset.path() != null && isPartitioned(dataset.path());
	}

	/**
	 * The dataset's partition files, sorted by name.
	 *
	 * @throws NoPartitionsException when the folder does not exist or no file in it matches (the message says where the
	 *                               dataset is declared, what was looked for and how to fix it)
	 * @throws IOException when the folder leaves the project or cannot be listed
	 */
	public static List<Partition> list(Path project, DatasetSpec dataset) throws IOException {
		String declared = dataset.path();
		int slash = declared.lastIndexOf('/');
		String folderName = slash < 0 ? "." : declared.substring(0, slash);
		String pattern = declared.substring(slash + 1);
		Path folder;
		try {
			folder = ProjectPaths.resolve(project, folderName, dataset.external(), "partition folder");
		} catch (ProjectPaths.OutsideProjectException e) {
			throw new IOException(dataset.source() + ": " + e.getMessage(), e);
		}
		if (!Files.isDirectory(folder)) {
			throw new NoPartitionsException(dataset.source() + ": partition folder " + folderName + " does not exist (looked at "
					+ folder + "). Create it and put one file per partition in it, e.g. " + folderName + "/"
					+ pattern.replace("*", "2024-01-01").replace('?', '0') + ".");
		}
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
		List<Path> files;
		try (Stream<Path> children = Files.list(folder)) {
			files = children.filter(p -> Files.isRegularFile(p) && matcher.matches(p.getFileName()))
					.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
		}
		if (files.isEmpty()) {
			throw new NoPartitionsException(dataset.source() + ": no file in " + folderName + " matches '" + pattern
					+ "', so the dataset has no partition to read. Add the partitions' files (one per day, say) or correct the "
					+ "pattern.");
		}
		List<Partition> partitions = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			String relative = (slash < 0 ? "" : folderName + "/") + name;
			try {
				ProjectPaths.resolve(project, relative, dataset.external(), "partition file");
			} catch (ProjectPaths.OutsideProjectException e) {
				throw new IOException(dataset.source() + ": " + e.getMessage(), e);
			}
			int dot = name.lastIndexOf('.');
			partitions.add(new Partition(partitions.size(), dot > 0 ? name.substring(0, dot) : name, relative, file));
		}
		return partitions;
	}
}
