package org.assay.runtime.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.state.Cells;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.csv.CsvRowSource;

/**
 * The values of the other datasets' columns that referential conditions ({@code where x in Other.column}) test against,
 * read once on the driver with Assay's own reader (so nulls, NaN and invalid cells are left out exactly as locally)
 * and shipped to the tasks as one Spark broadcast: each referenced dataset as a small CSV of its referenced columns'
 * distinct value texts, which the tasks' plans open in place of the dataset ({@link #open}). The tasks then build the
 * same {@code ReferenceSet} the local engine builds, so verdicts and counterexamples are the local ones. The driver
 * holds each referenced column's distinct values once, as the local engine does.
 */
final class ReferenceValues implements Serializable {

	private static final long serialVersionUID = 1L;

	/** No referential condition: the plans refuse to open another dataset. */
	static final ReferenceValues NONE = new ReferenceValues(Map.of(), Map.of(), Map.of());

	private final Map<String, Schema> schemas;
	private final Map<String, byte[]> files;
	private final Map<String, String> errors;

	private ReferenceValues(Map<String, Schema> schemas, Map<String, byte[]> files, Map<String, String> errors) {
		this.schemas = schemas;
		this.files = files;
		this.errors = errors;
	}

	/**
	 * Reads the referenced columns of every {@code in Other.column} condition of {@code constraints} through
	 * {@code opener} (the run's references); {@link #NONE} when there is no such condition. A dataset that cannot be
	 * opened or read is remembered with the reason, which the plans then give for the constraints that need it (as
	 * locally: those constraints are ERRORs, the others are measured).
	 */
	static ReferenceValues read(List<ConstraintSpec> constraints, EngineOptions.References opener) {
		Map<String, Set<String>> wanted = new LinkedHashMap<>();
		for (ConstraintSpec constraint : constraints) {
			collect(constraint.condition(), wanted);
		}
		if (wanted.isEmpty()) {
			return NONE;
		}
		Map<String, Schema> schemas = new LinkedHashMap<>();
		Map<String, byte[]> files = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (var dataset : wanted.entrySet()) {
			if (opener == null) {
				errors.put(dataset.getKey(), "dataset " + dataset.getKey() + " is not available to this run; declare it in the "
						+ "model so that the suite can read it");
				continue;
			}
			try (RowSource source = opener.open(dataset.getKey())) {
				List<String> names = new ArrayList<>();
				List<Column> columns = new ArrayList<>();
				List<Integer> indexes = new ArrayList<>();
				for (String name : dataset.getValue()) {
					int index = source.schema().indexOf(name);
					if (index >= 0) { // an unknown column: the plan on the tasks says so, as locally
						names.add(name);
						columns.add(source.schema().columns().get(index));
						indexes.add(index);
					}
				}
				List<Set<String>> values = new ArrayList<>();
				indexes.forEach(i -> values.add(new LinkedHashSet<>()));
				for (Chunk chunk : source.chunks()) {
					chunk.read(batch -> {
						for (int c = 0; c < indexes.size(); c++) {
							ColumnVector vector = batch.column(indexes.get(c));
							for (int row = 0; row < batch.size(); row++) {
								if (Cells.classify(vector, row) == Cells.VALUE) {
									values.get(c).add(vector.text(row).toString());
								}
							}
						}
					});
				}
				if (!source.fatalProblems().isEmpty()) {
					throw new IOException("dataset " + dataset.getKey() + " cannot be read: " + source.fatalProblems().get(0));
				}
				schemas.put(dataset.getKey(), new Schema(columns));
				files.put(dataset.getKey(), csv(names, values));
			} catch (IOException | RuntimeException e) {
				errors.put(dataset.getKey(), e.getMessage() == null ? e.toString() : e.getMessage());
			}
		}
		return new ReferenceValues(schemas, files, errors);
	}

	/** The referenced columns of a dataset, as a source the plan reads its {@code ReferenceSet} from. */
	RowSource open(String dataset) throws IOException {
		byte[] file = files.get(dataset);
		if (file == null) {
			throw new IOException(errors.getOrDefault(dataset, SparkPlans.NO_REFERENCES));
		}
		return CsvRowSource.of(file, dataset, schemas.get(dataset), ',', Math.max(1, file.length));
	}

	boolean isEmpty() {
		return files.isEmpty() && errors.isEmpty();
	}

	private static void collect(RowCondition condition, Map<String, Set<String>> wanted) {
		if (condition instanceof RowCondition.InColumn in) {
			wanted.computeIfAbsent(in.otherDataset(), d -> new LinkedHashSet<>()).add(in.otherColumn());
		} else if (condition instanceof RowCondition.And and) {
			collect(and.left(), wanted);
			collect(and.right(), wanted);
		} else if (condition instanceof RowCondition.Or or) {
			collect(or.left(), wanted);
			collect(or.right(), wanted);
		} else if (condition instanceof RowCondition.Not not) {
			collect(not.operand(), wanted);
		}
	}

	/** A header of the names, then row i holds each column's i-th value (an empty cell, a null, when it has fewer). */
	private static byte[] csv(List<String> names, List<Set<String>> values) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < names.size(); c++) {
			text.append(c == 0 ? "" : ",").append(quote(names.get(c)));
		}
		text.append('\n');
		List<List<String>> lists = values.stream().map(v -> (List<String>) new ArrayList<>(v)).toList();
		int rows = lists.stream().mapToInt(List::size).max().orElse(0);
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < lists.size(); c++) {
				text.append(c == 0 ? "" : ",").append(r < lists.get(c).size() ? quote(lists.get(c).get(r)) : "");
			}
			text.append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}
}
