package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.ANOMALY_WATCH__SIGMAS;
import static org.assay.model.AssayPackage.Literals.ANOMALY_WATCH__WINDOW;
import static org.assay.model.AssayPackage.Literals.DATA_QUALITY_TEST__ANOMALY;
import static org.assay.model.AssayPackage.Literals.DATA_SOURCE__PATH;
import static org.assay.model.AssayPackage.Literals.DATA_SOURCE__SHA256;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.stream.Stream;

import org.assay.model.AnomalyWatch;
import org.assay.model.DataSource;
import org.assay.model.Dataset;
import org.assay.runtime.incremental.Partitions;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * Partitioned datasets ({@code source csv partitions "data/days/*.csv"}) and the anomaly checks on their series
 * ({@code … anomaly beyond 3 sd of last 7}); see docs/incremental.md.
 */
public class PartitionValidator extends AssayCheckBase {

	@Inject
	private DataFiles dataFiles;

	@Check
	public void checkPattern(DataSource source) {
		String path = source.getPath();
		if (path == null || DataFiles.invalidReason(path) != null) {
			return;
		}
		boolean pattern = Partitions.isPartitioned(path);
		if (source.isPartitioned() && !pattern) {
			error("'partitions' reads the files of a folder, one per partition, but '" + path + "' names no pattern. End the "
					+ "path with a pattern of file names, e.g. \"" + (path.endsWith("/") ? path : path + "/") + "*."
					+ source.getFormat().getLiteral() + "\".", source, DATA_SOURCE__PATH,
					IssueCodes.PARTITIONS_WITHOUT_PATTERN);
		} else if (!source.isPartitioned() && pattern) {
			error("Data file '" + path + "' is a pattern ('*' or '?'), which names several files. Write 'source "
					+ source.getFormat().getLiteral() + " partitions \"" + path + "\"' to read them as the dataset's partitions, "
					+ "or name one file.", source, DATA_SOURCE__PATH, IssueCodes.PATTERN_WITHOUT_PARTITIONS);
		}
		if (source.isPartitioned() && source.getSha256() != null) {
			error("A partitioned dataset records no sha256: its files change as partitions arrive. Each partition's hash is in "
					+ "the run's lineage and in the store of states; remove the sha256.", source, DATA_SOURCE__SHA256,
					IssueCodes.PARTITIONS_WITH_HASH);
		}
	}

	/** The folder exists and holds a matching file (warnings, as for a missing data file: tests report NO_DATA). */
	@Check(CheckType.NORMAL)
	public void checkPartitionFiles(DataSource source) {
		String path = source.getPath();
		if (!source.isPartitioned() || source.eResource() == null || path == null || !Partitions.isPartitioned(path)
				|| !DataFiles.mayRead(path, source.isExternal())) {
			return;
		}
		Path modelFolder = dataFiles.folderOf(source.eResource());
		if (modelFolder == null) {
			return;
		}
		String folderName = folder(path);
		String pattern = path.substring(path.lastIndexOf('/') + 1);
		Path folder = dataFiles.locate(modelFolder, folderName);
		if (folder == null) {
			return;
		}
		if (!Files.isDirectory(folder)) {
			warning("Partition folder '" + folderName + "' does not exist (looked in " + modelFolder + " and up to the project "
					+ "root). Create it with one file per partition, e.g. " + folderName + "/" + pattern.replace("*", "2024-01-01")
					.replace('?', '0') + "; tests on this dataset report NO_DATA until then.", source, DATA_SOURCE__PATH,
					IssueCodes.PARTITIONS_MISSING);
			return;
		}
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
		try (Stream<Path> files = Files.list(folder)) {
			if (files.noneMatch(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName()))) {
				warning("No file in '" + folderName + "' matches '" + pattern + "', so the dataset has no partition yet. Add the "
						+ "partitions' files or correct the pattern; tests on this dataset report NO_DATA until then.", source,
						DATA_SOURCE__PATH, IssueCodes.PARTITIONS_MISSING);
			}
		} catch (IOException e) {
			warning("Partition folder '" + folderName + "' cannot be listed: " + e.getMessage(), source, DATA_SOURCE__PATH,
					IssueCodes.PARTITIONS_MISSING);
		}
	}

	@Check
	public void checkAnomaly(AnomalyWatch anomaly) {
		Dataset dataset = EcoreUtil2.getContainerOfType(anomaly, Dataset.class);
		if (dataset != null && (dataset.getSource() == null || !dataset.getSource().isPartitioned())) {
			error("An anomaly check watches a statistic's values over the dataset's partitions, and " + dataset.getName()
					+ " has none. Declare its source as partitions (source csv partitions \"data/days/*.csv\") or remove the "
					+ "anomaly check.", anomaly.eContainer(), DATA_QUALITY_TEST__ANOMALY, IssueCodes.ANOMALY_WITHOUT_PARTITIONS);
		}
		if (!(anomaly.getSigmas() > 0)) {
			error("'beyond " + anomaly.getSigmas() + " sd' allows no deviation at all: write a positive number of standard "
					+ "deviations, e.g. 'beyond 3 sd'.", anomaly, ANOMALY_WATCH__SIGMAS, IssueCodes.ANOMALY_SETTINGS_INVALID);
		}
		if (anomaly.getWindow() < 2) {
			error("'last " + anomaly.getWindow() + "' gives no standard deviation: the check compares the newest partition "
					+ "with at least 2 before it, e.g. 'of last 7'.", anomaly, ANOMALY_WATCH__WINDOW,
					IssueCodes.ANOMALY_SETTINGS_INVALID);
		}
	}

	private static String folder(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? "." : path.substring(0, slash);
	}
}
