package org.assay.generator.data;

import static org.assay.generator.java.JavaText.comment;
import static org.assay.generator.java.JavaText.doubleLiteral;
import static org.assay.generator.java.JavaText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.assay.dsl.SourceLocation;
import org.assay.dsl.semantics.Defaults;
import org.assay.generator.GenerationContext;
import org.assay.generator.java.JavaBuilder;
import org.assay.generator.pipeline.PredicateGenerator;
import org.assay.model.CategoricalType;
import org.assay.model.Dataset;
import org.assay.model.Feature;
import org.assay.model.NumericKind;
import org.assay.model.NumericType;
import org.assay.model.Partition;
import org.assay.model.Slice;
import org.assay.model.TensorType;
import org.assay.model.TextType;

/**
 * The runtime's {@code DatasetSpec} of a dataset as generated Java: one place for what a pipeline and a data suite
 * declare about their data (schema, split, slices). Needs the imports of {@link #IMPORTS}.
 */
public final class DatasetSpecs {

	/** The types a dataset method uses. */
	public static final List<String> IMPORTS = List.of("java.util.ArrayList", "java.util.LinkedHashMap", "java.util.List",
			"java.util.Map", "org.assay.runtime.data.Column", "org.assay.runtime.data.Schema",
			"org.assay.runtime.spec.DatasetSpec", "org.assay.runtime.spec.RowPredicate");

	private DatasetSpecs() {
	}

	/**
	 * Emits the body of a method returning the dataset's spec: its columns (label first), slices and split (none: no
	 * partitions).
	 */
	public static void body(JavaBuilder java, Dataset dataset) {
		java.line("List<Column> columns = new ArrayList<>();");
		if (dataset.getLabel() != null) {
			java.line("columns.add(" + column(dataset.getLabel()) + ".asLabel());");
		}
		for (Feature feature : dataset.getFeatures()) {
			if (feature.getType() instanceof TensorType tensor) {
				// a tensor is read from one column per value, row-major: <name>_0, <name>_1, …
				int size = tensor.getShape().stream().reduce(1, (a, b) -> a * b);
				java.open("for (int i = 0; i < " + size + "; i++) {");
				java.line("columns.add(Column.real(" + literal(feature.getName() + "_") + " + i, "
						+ doubleLiteral(tensor.getMinimum() == null ? Double.NEGATIVE_INFINITY : tensor.getMinimum()) + ", "
						+ doubleLiteral(tensor.getMaximum() == null ? Double.POSITIVE_INFINITY : tensor.getMaximum()) + "));");
				java.close("}");
			} else {
				java.line("columns.add(" + column(feature) + (feature.isProtected() ? ".asProtected()" : "") + ");");
			}
		}
		java.line("Map<String, RowPredicate> slices = new LinkedHashMap<>();");
		for (Slice slice : dataset.getSlices()) {
			java.line("// " + comment(SourceLocation.of(slice)) + ": slice " + comment(slice.getName()));
			java.line("slices.put(" + literal(slice.getName()) + ", (table, row) -> " + new PredicateGenerator().java(slice.getPredicate())
					+ ");");
		}
		List<String> partitions = new ArrayList<>();
		List<String> shares = new ArrayList<>();
		if (dataset.getSplit() != null) {
			for (Partition partition : dataset.getSplit().getPartitions()) {
				partitions.add(literal(partition.getName()));
				shares.add(doubleLiteral(partition.getShare()));
			}
		}
		Feature stratified = dataset.getSplit() == null ? null : dataset.getSplit().getStratifiedBy();
		java.line("return new DatasetSpec(" + literal(GenerationContext.qualifiedName(dataset)) + ", "
				+ literal(SourceLocation.of(dataset)) + ", " + literal(dataset.getSource().getPath()) + ", "
				+ literal(dataset.getSource().getSha256()) + ", new Schema(columns),");
		java.line("\t\tList.of(" + String.join(", ", partitions) + "), new double[] {"
				+ (shares.isEmpty() ? "" : " " + String.join(", ", shares) + " ") + "}, "
				+ (dataset.getSplit() == null ? 0 : Defaults.seed(dataset.getSplit())) + "L, "
				+ (stratified == null ? "null" : literal(stratified.getName())) + ", slices"
				+ (dataset.getSource().isExternal() ? ", true" : "") + ");");
	}

	/** The runtime's column of a feature or label. */
	public static String column(Feature feature) {
		if (feature.getType() instanceof NumericType numeric) {
			String factory = numeric.getKind() == NumericKind.INTEGER ? "integer" : "real";
			return "Column." + factory + "(" + literal(feature.getName()) + ", "
					+ doubleLiteral(numeric.getMinimum() == null ? Double.NEGATIVE_INFINITY : numeric.getMinimum()) + ", "
					+ doubleLiteral(numeric.getMaximum() == null ? Double.POSITIVE_INFINITY : numeric.getMaximum()) + ")";
		}
		if (feature.getType() instanceof TextType) {
			return "Column.text(" + literal(feature.getName()) + ")";
		}
		CategoricalType categorical = (CategoricalType) feature.getType();
		return "Column.categorical(" + literal(feature.getName()) + ", List.of("
				+ categorical.getCategories().stream().map(c -> literal(c.getName())).collect(Collectors.joining(", ")) + "))";
	}
}
