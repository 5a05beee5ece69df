package org.assay.runtime.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;

/**
 * Test fixture: three days of orders as real CSV files with awkward cells (quoted commas and quotes, a two-line note,
 * empty cells, NaN, spaces, a negative amount, an undeclared category, a repeated id across days).
 */
final class Days {

	static final String HEADER = "id,customer,amount,country,note\n";

	static final String DAY1 = HEADER
			+ "1,C-000001,12.5,DE,plain\n"
			+ "2,\"Müller, Hans\",7.25,FR,\"said \"\"hi\"\"\"\n"
			+ "3, C-000003 ,,DE,\n"
			+ "4,C-000004,NaN,Non-EU,\"two\nlines\"\n"
			+ "5,,100,DE,-\n"
			+ "6,C-000006,0.5,FR,   \n";

	static final String DAY2 = HEADER
			+ "7,C-000007,3,DE,ok\n"
			+ "8,C-000008,-4.75,XX,\"refund, partial\"\n"
			+ "9,\"O'Brien\",250,Non-EU,\n"
			+ "1,C-000001,12.5,DE,again id 1\n"
			+ "10,C-000010,,,\"\"\n";

	static final String DAY3 = HEADER
			+ "11,C-000011,19.99,FR,x\n"
			+ "12,C-000012,20.01,DE,\"a \"\"quoted\"\" one\"\n"
			+ "13,C-000013,1e2,Non-EU,sci\n";

	private Days() {
	}

	static Schema schema(List<String> countries) {
		return new Schema(List.of(Column.integer("id", 0, Double.POSITIVE_INFINITY), Column.text("customer"),
				Column.real("amount", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), Column.categorical("country", countries),
				Column.text("note")));
	}

	static DatasetSpec dataset(List<String> countries) {
		return new DatasetSpec("shop.Orders", "shop.assay:3", "data/days/*.csv", null, schema(countries), List.of(),
				new double[0], 0, null, Map.of());
	}

	static DatasetSpec dataset() {
		return dataset(List.of("DE", "FR", "Non-EU"));
	}

	static void write(Path project, String day, String csv) throws IOException {
		Path file = project.resolve("data/days/" + day + ".csv");
		Files.createDirectories(file.getParent());
		Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	static ConstraintSpec stat(String name, Statistic statistic, List<String> columns, double argument, Criterion... criteria) {
		return new ConstraintSpec("shop.Orders." + name, "shop.assay:" + (10 + name.length()), List.of(), statistic, columns,
				argument, null, statistic == Statistic.APPROX_QUANTILE ? 0.01 : Double.NaN, null, NullPolicy.MISSING,
				List.of(criteria));
	}

	/**
	 * An approx quantile's constraint: its state holds these few values exactly (under SketchStates.Kll.EXACT_BUDGET),
	 * so it is stored on every Java and its value is exact.
	 */
	static ConstraintSpec sketch() {
		return stat("median_approx", Statistic.APPROX_QUANTILE, List.of("amount"), 0.5, at(Operator.GREATER, 0));
	}

	static Criterion at(Operator operator, double threshold) {
		return new Criterion(operator, threshold);
	}

	/**
	 * Every exact kind of state and the HLL sketch (its merges are deterministic); no KLL, whose merges are randomised
	 * (see {@link #sketch()}).
	 */
	static List<ConstraintSpec> constraints() {
		return List.of(stat("rows", Statistic.ROW_COUNT, List.of(), Double.NaN, at(Operator.GREATER_OR_EQUAL, 1)),
				stat("complete", Statistic.COMPLETENESS, List.of("amount"), Double.NaN, at(Operator.GREATER_OR_EQUAL, 0.5)),
				stat("unique", Statistic.UNIQUENESS, List.of("id"), Double.NaN, at(Operator.GREATER_OR_EQUAL, 1)),
				stat("mean", Statistic.MEAN, List.of("amount"), Double.NaN, at(Operator.GREATER, 0)),
				stat("sd", Statistic.STANDARD_DEVIATION, List.of("amount"), Double.NaN, at(Operator.LESS, 1000)),
				stat("median", Statistic.QUANTILE, List.of("amount"), 0.5, at(Operator.GREATER, 0)),
				stat("smallest", Statistic.MINIMUM, List.of("amount"), Double.NaN, at(Operator.GREATER_OR_EQUAL, 0)),
				stat("longest", Statistic.MAX_LENGTH, List.of("customer"), Double.NaN, at(Operator.LESS_OR_EQUAL, 12)),
				stat("corr", Statistic.CORRELATION, List.of("id", "amount"), Double.NaN, at(Operator.LESS, 1)),
				stat("distinct", Statistic.APPROX_DISTINCT_COUNT, List.of("customer"), Double.NaN, at(Operator.GREATER, 3)),
				new ConstraintSpec("shop.Orders.positive", "shop.assay:20", List.of(), Statistic.SATISFACTION, List.of(),
						Double.NaN, null, Double.NaN, new RowCondition.Compare("amount", Operator.GREATER_OR_EQUAL, 0),
						NullPolicy.MISSING, List.of(at(Operator.GREATER_OR_EQUAL, 1))));
	}
}
