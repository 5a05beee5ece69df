package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assay.model.Baseline;
import org.assay.model.DataFormat;
import org.assay.model.DataSource;
import org.assay.model.Dataset;
import org.assay.model.Feature;
import org.assay.model.PretrainedModel;
import org.assay.model.TensorType;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * The files a model names: data sources, pre-trained models and baselines stay inside the project unless marked
 * {@code external} (an error: nothing outside is read); an existing data file is readable, UTF-8 and has the columns
 * its dataset declares (warnings, as for a missing file: the data's state does not block generation, and the run
 * reports the same problems as ERROR verdicts). Only the header is read: problems in rows are the run's to report.
 */
public class DataPathValidator extends AssayCheckBase {

	private static final int MAX_LISTED = 12;

	@Inject
	private DataFiles dataFiles;

	@Check
	public void checkDataPath(DataSource source) {
		checkPath(source, source.getPath(), source.isExternal(), DATA_SOURCE__PATH, "Data file");
	}

	@Check
	public void checkModelPath(PretrainedModel model) {
		checkPath(model, model.getPath(), model.isExternal(), PRETRAINED_MODEL__PATH, "Model file");
	}

	@Check
	public void checkBaselinePath(Baseline baseline) {
		checkPath(baseline, baseline.getPath(), baseline.isExternal(), BASELINE__PATH, "Baseline");
	}

	private void checkPath(EObject element, String path, boolean external, EAttribute feature, String what) {
		if (path == null) {
			return; // a syntax error already says what is missing
		}
		String invalid = DataFiles.invalidReason(path);
		if (invalid != null) {
			error(what + " '" + printable(path) + "' cannot be used: " + invalid + ". Write a path relative to the project, "
					+ "for example \"data/applicants.csv\".", element, feature, IssueCodes.PATH_INVALID);
			return;
		}
		String outside = external ? null : DataFiles.outsideReason(path);
		if (outside != null) {
			error(what + " '" + printable(path) + "' is outside the project: " + outside + ". Assay reads only files "
					+ "inside the project; move the file into the project and write its path relative to the project, or "
					+ "mark the path 'external' if reading it from outside is intended.", element, feature,
					IssueCodes.PATH_OUTSIDE_PROJECT);
		}
	}

	/** The data file as it is now: inside the project (also through links), readable, UTF-8, the declared columns. */
	@Check(CheckType.NORMAL)
	public void checkDataFileHeader(DataSource source) {
		if (source.isPartitioned()) {
			return; // PartitionValidator checks the folder and its files
		}
		if (source.eResource() == null || !DataFiles.mayRead(source.getPath(), source.isExternal())) {
			return;
		}
		Path folder = dataFiles.folderOf(source.eResource());
		Path file = folder == null ? null : dataFiles.locate(folder, source.getPath());
		if (file == null || !Files.isRegularFile(file)) {
			return; // DataValidator reports a missing file
		}
		if (!source.isExternal() && !dataFiles.isInside(file, dataFiles.projectRoot(folder))) {
			error("Data file '" + source.getPath() + "' is outside the project: it is a link to a file outside the project "
					+ "folder. Copy the file into the project, or mark the path 'external' if reading it from outside is "
					+ "intended.", source, DATA_SOURCE__PATH, IssueCodes.PATH_OUTSIDE_PROJECT);
			return;
		}
		if (source.getFormat() == DataFormat.PARQUET) {
			return; // a binary file with its own schema: its columns are checked when it is read
		}
		DataFileHeader.Result header = DataFileHeader.read(file, source.getFormat() == DataFormat.TSV ? '\t' : ',');
		if (header.problem() != null) {
			String code = switch (header.kind()) {
			case UNREADABLE -> IssueCodes.DATA_FILE_UNREADABLE;
			case NOT_UTF8 -> IssueCodes.DATA_FILE_NOT_UTF8;
			case INVALID -> IssueCodes.DATA_HEADER_INVALID;
			};
			warning("Data file '" + source.getPath() + "': " + header.problem() + " The run reports this as an error.", source,
					DATA_SOURCE__PATH, code);
			return;
		}
		checkColumns(source, header.names());
	}

	private void checkColumns(DataSource source, List<String> header) {
		Set<String> seen = new LinkedHashSet<>();
		for (String name : header) {
			if (!seen.add(name)) {
				warning("Data file '" + source.getPath() + "': column '" + name + "' appears twice in its header, so its values "
						+ "are ambiguous. Rename one of them.", source, DATA_SOURCE__PATH, IssueCodes.DATA_HEADER_INVALID, name);
				return;
			}
		}
		List<String> declared = declaredColumns((Dataset) source.eContainer());
		List<String> missing = declared.stream().filter(name -> !seen.contains(name)).toList();
		if (!missing.isEmpty()) {
			warning("Data file '" + source.getPath() + "' lacks the declared column" + (missing.size() == 1 ? " " : "s ")
					+ list(missing) + "; its header has " + list(header) + ". Fix the feature names (they must match the "
					+ "header exactly) or the file; until then the run cannot use the data.", source, DATA_SOURCE__PATH, IssueCodes.DATA_COLUMN_MISSING,
					missing.toArray(String[]::new));
		}
		Set<String> known = new HashSet<>(declared);
		List<String> undeclared = header.stream().filter(name -> !known.contains(name)).toList();
		if (!undeclared.isEmpty()) {
			info("Data file '" + source.getPath() + "' has column" + (undeclared.size() == 1 ? " " : "s ") + list(undeclared)
					+ " that the dataset does not declare; the run ignores " + (undeclared.size() == 1 ? "it" : "them")
					+ ". Declare a feature to use one.", source, DATA_SOURCE__PATH, IssueCodes.DATA_COLUMN_UNDECLARED,
					undeclared.toArray(String[]::new));
		}
	}

	/** The columns the run reads: the label, each feature, a tensor as {@code name_0 … name_(n-1)}. */
	static List<String> declaredColumns(Dataset dataset) {
		List<String> columns = new ArrayList<>();
		if (dataset == null) {
			return columns;
		}
		if (dataset.getLabel() != null && dataset.getLabel().getName() != null) {
			columns.add(dataset.getLabel().getName());
		}
		for (Feature feature : dataset.getFeatures()) {
			if (feature.getName() == null) {
				continue;
			}
			if (feature.getType() instanceof TensorType tensor) {
				long size = 1;
				for (Integer extent : tensor.getShape()) {
					size *= Math.max(0, extent == null ? 0 : extent);
				}
				for (long i = 0; i < Math.min(size, 100_000); i++) {
					columns.add(feature.getName() + "_" + i);
				}
			} else {
				columns.add(feature.getName());
			}
		}
		return columns;
	}

	private static String list(List<String> names) {
		String listed = String.join(", ", names.stream().limit(MAX_LISTED).map(n -> "'" + printable(n) + "'").toList());
		return names.size() > MAX_LISTED ? listed + " and " + (names.size() - MAX_LISTED) + " more" : listed;
	}

	/** Invisible characters (a NUL, a line break, bidi marks) shown as U+XXXX, as in every Assay message. */
	static String printable(String text) {
		return org.assay.dsl.VisibleText.of(text);
	}
}
