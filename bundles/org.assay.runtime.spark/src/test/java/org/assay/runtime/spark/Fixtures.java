package org.assay.runtime.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;

/** Real-world-looking data and constraints shared by the Spark engine's tests. */
final class Fixtures {

	static final Schema SCHEMA = new Schema(List.of(Column.integer("id", 0, 1e9), Column.text("name"),
			Column.integer("age", 0, 120), Column.real("score", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
			Column.real("income", 0, 1e7), Column.categorical("country", List.of("US", "DE", "FR", "GB")),
			Column.categorical("segment", List.of("A", "B", "C"))));

	private static final String[] NAMES = { "Ana", "Jean-Luc", "O'Brien", "  spaced  ", "Zoë", "Smith, J.", "\"Quoted\"",
			"x", "", "María José" };

	private Fixtures() {
	}

	/**
	 * A seeded CSV of {@code rows} rows: ids repeating now and then, names with quotes, commas, spaces and empty cells,
	 * ages with blanks, 'abc' and 200 (invalid), scores with NaN and blanks, negative incomes (out of range), an
	 * undeclared country 'XX' and padded ' DE ', an empty line now and then, CRLF line ends; {@code multiLine} adds
	 * quoted names holding a line break.
	 */
	static Path messyCsv(Path dir, int rows, long seed, boolean multiLine) throws IOException {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder("id,name,age,score,income,country,segment,extra\r\n");
		for (int i = 0; i < rows; i++) {
			int id = random.nextInt(50) == 0 ? random.nextInt(Math.max(1, i + 1)) : i;
			String name = NAMES[random.nextInt(NAMES.length)];
			if (multiLine && random.nextInt(40) == 0) {
				name = "two\nlines";
			}
			String quotedName = name.contains(",") || name.contains("\"") || name.contains("\n")
					? "\"" + name.replace("\"", "\"\"") + "\"" : name;
			int a = random.nextInt(100);
			String age = a < 3 ? "" : a == 3 ? "abc" : a == 4 ? "200" : Integer.toString(18 + random.nextInt(70));
			int s = random.nextInt(100);
			String score = s < 2 ? "NaN" : s < 4 ? " " : String.format(java.util.Locale.ROOT, "%.6f", random.nextGaussian());
			int m = random.nextInt(100);
			String income = m == 0 ? "-5" : m == 1 ? "" : String.format(java.util.Locale.ROOT, "%.2f", Math.exp(10 + random.nextGaussian()));
			int c = random.nextInt(100);
			String country = c < 2 ? "XX" : c < 5 ? " DE " : c < 7 ? "" : List.of("US", "DE", "FR", "GB").get(random.nextInt(4));
			String segment = List.of("A", "B", "C").get(random.nextInt(3));
			csv.append(id).append(',').append(quotedName).append(',').append(age).append(',').append(score).append(',')
					.append(income).append(',').append(country).append(',').append(segment).append(",e").append(i).append("\r\n");
			if (random.nextInt(200) == 0) {
				csv.append("\r\n");
			}
		}
		Path file = dir.resolve("messy-" + seed + ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		return file;
	}

	/** Every exact statistic, each null policy where it matters, row conditions of every kind but referential ones. */
	static List<ConstraintSpec> exactConstraints() {
		List<ConstraintSpec> specs = new ArrayList<>();
		specs.add(stat("rows", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 1)));
		specs.add(stat("ageComplete", Statistic.COMPLETENESS, List.of("age"), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 0.99)));
		specs.add(stat("scoreCompleteIgnored", Statistic.COMPLETENESS, List.of("score"), NullPolicy.IGNORED, at(Operator.GREATER_OR_EQUAL, 0.9)));
		specs.add(stat("idUnique", Statistic.UNIQUENESS, List.of("id"), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 1)));
		specs.add(stat("keyUnique", Statistic.UNIQUENESS, List.of("id", "country"), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 1)));
		specs.add(stat("segmentDistinct", Statistic.DISTINCTNESS, List.of("segment"), NullPolicy.MISSING, at(Operator.LESS, 0.01)));
		specs.add(stat("namesDistinct", Statistic.DISTINCT_COUNT, List.of("name"), NullPolicy.MISSING, at(Operator.LESS_OR_EQUAL, 9)));
		specs.add(stat("minAge", Statistic.MINIMUM, List.of("age"), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 20)));
		specs.add(stat("maxScore", Statistic.MAXIMUM, List.of("score"), NullPolicy.MISSING, at(Operator.LESS_OR_EQUAL, 3)));
		specs.add(stat("sumIncome", Statistic.SUM, List.of("income"), NullPolicy.MISSING, at(Operator.GREATER, 0)));
		specs.add(stat("meanScore", Statistic.MEAN, List.of("score"), NullPolicy.INVALID, at(Operator.LESS, 0.5)));
		specs.add(stat("sdScore", Statistic.STANDARD_DEVIATION, List.of("score"), NullPolicy.MISSING, at(Operator.LESS, 2)));
		specs.add(new ConstraintSpec("medianIncome", "model.assay:30", List.of(), Statistic.QUANTILE, List.of("income"), 0.5, null,
				Double.NaN, null, NullPolicy.MISSING, List.of(at(Operator.GREATER, 1000))));
		specs.add(stat("nameShortest", Statistic.MIN_LENGTH, List.of("name"), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 2)));
		specs.add(stat("nameLongest", Statistic.MAX_LENGTH, List.of("name"), NullPolicy.MISSING, at(Operator.LESS_OR_EQUAL, 40)));
		specs.add(stat("countryEntropy", Statistic.ENTROPY, List.of("country"), NullPolicy.MISSING, at(Operator.GREATER, 1)));
		specs.add(new ConstraintSpec("top2", "model.assay:31", List.of(), Statistic.TOP_FREQUENCY, List.of("country"), 2, null,
				Double.NaN, null, NullPolicy.MISSING, List.of(at(Operator.LESS, 0.6))));
		specs.add(new ConstraintSpec("usShare", "model.assay:32", List.of(), Statistic.FREQUENCY, List.of("country"), Double.NaN,
				"US", Double.NaN, null, NullPolicy.MISSING, List.of(at(Operator.GREATER, 0.2))));
		specs.add(stat("ageScore", Statistic.CORRELATION, List.of("age", "score"), NullPolicy.MISSING, at(Operator.LESS, 0.5)));
		specs.add(where("adult", new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18), NullPolicy.MISSING));
		specs.add(where("adultStrict", new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18), NullPolicy.INVALID));
		specs.add(where("known", new RowCondition.InSet("country", List.of("US", "DE")), NullPolicy.MISSING));
		specs.add(where("scoreRange", new RowCondition.InRange("score", -2, 2), NullPolicy.IGNORED));
		specs.add(where("nameShape", new RowCondition.Matches("name", "[A-Za-z' ,.-]+"), NullPolicy.MISSING));
		specs.add(where("nameLength", new RowCondition.LengthInRange("name", 1, 8), NullPolicy.MISSING));
		specs.add(where("either", new RowCondition.Or(new RowCondition.Compare("income", Operator.GREATER, 30000),
				new RowCondition.Not(new RowCondition.InSet("segment", List.of("A")))), NullPolicy.MISSING));
		specs.add(where("ageVsScore", new RowCondition.CompareColumns("age", Operator.GREATER, "score"), NullPolicy.MISSING));
		return specs;
	}

	static ConstraintSpec stat(String name, Statistic statistic, List<String> columns, NullPolicy nulls, Criterion criterion) {
		return new ConstraintSpec(name, "model.assay:" + (10 + name.length()), List.of("R1"), statistic, columns, Double.NaN, null,
				Double.NaN, null, nulls, List.of(criterion));
	}

	static ConstraintSpec where(String name, RowCondition condition, NullPolicy nulls) {
		return new ConstraintSpec(name, "model.assay:40", List.of("R2"), Statistic.SATISFACTION, List.of(), Double.NaN, null,
				Double.NaN, condition, nulls, List.of(at(Operator.GREATER_OR_EQUAL, 0.95)));
	}

	static Criterion at(Operator operator, double threshold) {
		return new Criterion(operator, threshold);
	}
}
