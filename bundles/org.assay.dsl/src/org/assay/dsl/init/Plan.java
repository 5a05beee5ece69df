package org.assay.dsl.init;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.profile.ColumnProfile;
import org.assay.runtime.profile.DataProfile;
import org.assay.runtime.profile.Inference;
import org.assay.runtime.profile.InferredColumn;
import org.assay.runtime.profile.InferredColumn.Type;
import org.assay.runtime.profile.Suggestions;
import org.assay.runtime.scan.SourceFormat;

/**
 * What {@code assay init} writes, decided from a profile and the options before any text is rendered: the declared
 * columns (label first) with their written names, the columns left out and why, the suggested checks, and the
 * thresholds of the gates and requirements.
 *
 * @param path the data file relative to the model's folder, with '/' separators
 * @param notDeclared one sentence per column of the file that is not declared
 */
public record Plan(String namespace, String dataset, String path, boolean external, SourceFormat format, String sha256, long rows,
		int fileColumns, List<Declared> columns, List<String> notDeclared, List<ConstraintSpec> checks, double completeness,
		double validity) {

	/**
	 * A declared column: how the model names it, its role, and why the pipeline drops it (null when the model reads it).
	 */
	public record Declared(InferredColumn column, ColumnProfile profile, String name, boolean label, boolean isProtected,
			String dropped) {
		public boolean hasMissing() {
			return profile.nulls() + profile.nans() > 0;
		}
	}

	/** Bad options, said in the user's terms (exit code 2). */
	public static final class OptionError extends Exception {
		private static final long serialVersionUID = 1L;

		OptionError(String message) {
			super(message);
		}
	}

	static Plan of(DataProfile profile, String path, boolean external, SourceFormat format, String sha256, String label,
			Set<String> protectedColumns, String stem, Names names) throws OptionError {
		List<String> columnNames = profile.columns().stream().map(ColumnProfile::name).toList();
		if (label != null && !columnNames.contains(label)) {
			throw new OptionError("--label " + label + ": the file has no such column (columns: " + String.join(", ", columnNames) + ")");
		}
		for (String column : protectedColumns) {
			if (!columnNames.contains(column)) {
				throw new OptionError("--protected " + column + ": the file has no such column (columns: "
						+ String.join(", ", columnNames) + ")");
			}
			if (column.equals(label)) {
				throw new OptionError("--protected " + column + ": that is the label; a protected attribute is a feature");
			}
		}
		List<Declared> declared = new ArrayList<>();
		List<String> notDeclared = new ArrayList<>();
		for (ColumnProfile column : profile.columns()) {
			boolean isLabel = column.name().equals(label);
			InferredColumn inferred = Inference.infer(column, isLabel);
			var written = names.feature(column.name());
			String problem = written.isEmpty() ? "its name is not an identifier, so no feature can be named after it. Rename "
					+ "the column in the file (letters, digits and '_', not starting with a digit) and declare it"
					: inferred.type() == Type.EMPTY ? inferred.note() : null;
			if (problem != null) {
				if (isLabel || protectedColumns.contains(column.name())) {
					throw new OptionError((isLabel ? "--label " : "--protected ") + column.name() + ": the column cannot be "
							+ "declared: " + problem + ".");
				}
				notDeclared.add("column " + names.string(column.name()) + " is not declared: " + problem + ".");
				continue;
			}
			if (trains(label, format) && !isLabel && inferred.type() == Type.TEXT && protectedColumns.contains(column.name())) {
				throw new OptionError("--protected " + column.name() + ": the column is free text (" + describeValues(column)
						+ "), which a pipeline cannot read; protect a categorical or numeric column");
			}
			if (isLabel && inferred.type() == Type.TEXT) {
				throw new OptionError("--label " + label + ": the column holds " + describeValues(column) + ", neither numbers nor "
						+ "at most " + Inference.MAX_CATEGORIES + " classes; choose a label a model can learn, or leave --label out");
			}
			String dropped = isLabel || !trains(label, format) ? null
					: inferred.type() == Type.TEXT ? "free text, which the model cannot read"
							: Inference.identifies(inferred, column) ? "it identifies rows (every value differs)" : null;
			Declared entry = new Declared(inferred, column, written.get(), isLabel, protectedColumns.contains(column.name()), dropped);
			if (isLabel) {
				declared.add(0, entry);
			} else {
				declared.add(entry);
			}
		}
		List<InferredColumn> inferred = declared.stream().map(Declared::column).toList();
		List<ConstraintSpec> checks = Suggestions.suggest(profile, inferred);
		String dataset = Names.camel(stem, "Data");
		if (dataset.matches("R\\d+")) {
			dataset += "Data"; // requirement names are R1, R2, …
		}
		return new Plan(Names.namespace(stem), dataset, path, external, format, sha256, profile.rows(),
				profile.columns().size(), declared, notDeclared, checks, Suggestions.completeness(profile, inferred),
				Suggestions.validity(profile, inferred));
	}

	private static String describeValues(ColumnProfile column) {
		long distinct = column.distinctCount();
		return distinct < 0 ? "many distinct values" : distinct + " distinct values";
	}

	public Declared label() {
		return columns.isEmpty() || !columns.get(0).label() ? null : columns.get(0);
	}

	/**
	 * Whether a pipeline is written: there is a label, and the data is not Parquet (pipelines are generated for CSV and
	 * TSV datasets only; a Parquet dataset is checked, not trained on).
	 */
	public boolean trains() {
		return label() != null && trains("", format);
	}

	private static boolean trains(String label, SourceFormat format) {
		return label != null && format != SourceFormat.PARQUET;
	}

	/** Whether a classifier is trained (the label is a category); a numeric label makes a regressor. */
	public boolean classifier() {
		return label() != null && label().column().type() == Type.CATEGORY;
	}

	/** The features the pipeline reads (declared, not the label, not dropped). */
	List<Declared> inputs() {
		return columns.stream().filter(c -> !c.label() && c.dropped() == null).toList();
	}

	/** The written name of each declared column, by its name in the file. */
	Map<String, String> writtenNames() {
		Map<String, String> written = new LinkedHashMap<>();
		columns.forEach(c -> written.put(c.column().name(), c.name()));
		return written;
	}
}
