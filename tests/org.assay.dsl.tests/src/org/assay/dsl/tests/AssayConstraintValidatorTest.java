package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * One failing and one passing model per validation rule of column constraints: the failing model marks where the
 * issue must be reported with ⟦…⟧ (code, severity, offset, length, line); the passing model differs minimally and
 * has no error at all.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayConstraintValidatorTest {

	/** %CHECK% is a line inside dataset Orders; %REST% top-level elements after it. */
	static final String PRELUDE = """
			namespace t
			import assay.iso25012.*
			dataset Customers {
				feature customer_id : text
				feature since : int
			}
			dataset Orders {
				label is_active : category [yes, no]
				feature id : long
				feature customer_id : text
				feature age : int range 0 .. 130
				feature income : double
				feature score : double
				feature country : category [DE, FR, "Non-EU"]
				feature start_day : int
				feature end_day : int
				split train 80 %, test 20 % seed 1
				%CHECK%
			}
			pipeline P {
				prepare Orders {
				}
			}
			%REST%
			""";

	static final String TEXT_PIPELINE = """
			dataset Logs {
				source csv "logs.csv"
				label ok : category [y, n]
				feature message : %TYPE%
				split a 50 %, b 50 % seed 1
			}
			pipeline L {
				prepare Logs {
				}
				model M : classifier mlp hidden [2]
				train epochs 1 seed 1
			}
			""";

	/** A case written as a check of dataset Orders. */
	static RuleCase check(String name, String code, String failing, String passing) {
		return new RuleCase(name, code, Severity.ERROR, model("check c : " + failing, ""), model("check c : " + passing, ""));
	}

	/** A case written as top-level elements. */
	static RuleCase element(String name, String code, String failing, String passing) {
		return new RuleCase(name, code, Severity.ERROR, model("", failing), model("", passing));
	}

	private static String model(String check, String rest) {
		return PRELUDE.replace("%CHECK%", check).replace("%REST%", rest);
	}

	static Stream<RuleCase> cases() {
		return Stream.of(
				check("a dataset-level metric written with 'of'", NOT_A_COLUMN_STATISTIC, "⟦validity⟧ of age >= 0.9",
						"completeness of age >= 0.9"),
				check("row_count written with 'of'", NOT_A_COLUMN_STATISTIC, "⟦row_count⟧ of age > 0", "rows > 0"),
				element("a column statistic without a column in a gate", COLUMN_METRIC_WITHOUT_COLUMN,
						"pipeline Q { prepare Orders { require ⟦minimum⟧ >= 0 } }",
						"pipeline Q { prepare Orders { require minimum of age >= 0 } }"),
				element("a column statistic without a column in a data test", COLUMN_METRIC_WITHOUT_COLUMN,
						"suite S tests P { test T : data ⟦mean⟧ on Orders >= 3 }",
						"suite S tests P { test T : data mean of age >= 3 on Orders }"),
				check("a mean of a categorical column", STATISTIC_COLUMN_TYPE, "mean of ⟦country⟧ > 1", "mean of age > 1"),
				check("a mean of a text column", STATISTIC_COLUMN_TYPE, "standard_deviation of ⟦customer_id⟧ < 1",
						"standard_deviation of score < 1"),
				check("a length of a numeric column", STATISTIC_COLUMN_TYPE, "max_length of ⟦age⟧ <= 3",
						"max_length of customer_id <= 12"),
				check("a correlation of one column", STATISTIC_COLUMN_COUNT, "correlation of ⟦age⟧ > 0",
						"correlation of age, income > 0"),
				check("a key naming a column twice", DUPLICATE_KEY_COLUMN, "uniqueness of id, ⟦id⟧ = 100 %",
						"uniqueness of id, customer_id = 100 %"),
				check("a quantile above 1", STATISTIC_ARGUMENT_INVALID, "quantile ⟦1.5⟧ of income > 0",
						"quantile 0.5 of income > 0"),
				check("a quantile without its number", STATISTIC_ARGUMENT_INVALID, "⟦quantile⟧ of income > 0",
						"quantile 0.9 of income > 0"),
				check("top_frequency of a fraction of a value", STATISTIC_ARGUMENT_INVALID, "top_frequency ⟦0.5⟧ of country <= 50 %",
						"top_frequency 2 of country <= 90 %"),
				check("a number where none is taken", STATISTIC_ARGUMENT_INVALID, "mean ⟦3⟧ of income > 0", "mean of income > 0"),
				check("approx on an exact-only metric", APPROX_NOT_AVAILABLE, "⟦approx⟧ mean of score > 0", "mean of score > 0"),
				check("within on an exact quantile", WITHIN_WITHOUT_APPROX_QUANTILE, "quantile 0.5 of income within ⟦1 %⟧ > 0",
						"approx quantile 0.5 of income within 1 % > 0"),
				check("a reversed between", BOUND_REVERSED, "mean of score between 0.55 and ⟦0.45⟧",
						"mean of score between 0.45 and 0.55"),
				check("two lower sides", BOUND_SIDES_INVALID, "mean of score > 0.4 and ⟦>⟧ 0.5", "mean of score > 0.4 and < 0.5"),
				check("a share bound written as a percentage number", THRESHOLD_OUT_OF_RANGE, "completeness of age >= ⟦95⟧",
						"completeness of age >= 95 %"),
				check("a negative distinct count", THRESHOLD_OUT_OF_RANGE, "distinct_count of country between ⟦-1⟧ and 3",
						"distinct_count of country between 1 and 3"),
				element("a two-sided bound on a metric criterion", TWO_SIDED_BOUND_NOT_SUPPORTED,
						"requirement R refines Completeness { accept completeness >= 0.9 and ⟦<=⟧ 0.99 }",
						"requirement R refines Completeness { accept completeness of age >= 0.9 and <= 0.99 on Orders }"),
				element("a column of another dataset", COLUMN_OF_OTHER_DATASET,
						"pipeline P2 { prepare Orders { } prepare Customers { } }\n"
								+ "suite S tests P2 { test T : data minimum of ⟦since⟧ >= 0 }",
						"pipeline P2 { prepare Orders { } prepare Customers { } }\n"
								+ "suite S tests P2 { test T : data minimum of age >= 0 }"),
				element("a criterion's constraint without data", CONSTRAINT_WITHOUT_DATA,
						"requirement R refines Completeness { accept ⟦completeness of age >= 95 %⟧ }",
						"requirement R refines Completeness { accept completeness of age >= 95 % on Orders }"),
				check("a numeric range on a categorical column", ROW_CONDITION_TYPE, "where ⟦country⟧ in 0 .. 1",
						"where score in 0 .. 1"),
				check("an ordering of text", ROW_CONDITION_TYPE, "where customer_id ⟦>=⟧ \"C\"", "where customer_id != \"C\""),
				check("a number compared with a text column", ROW_CONDITION_TYPE, "where customer_id >= ⟦5⟧",
						"where customer_id = \"5\""),
				check("a pattern on a numeric column", ROW_CONDITION_TYPE, "where ⟦age⟧ matches \"[0-9]+\"",
						"where customer_id matches \"[0-9]+\""),
				check("a length of a numeric column", ROW_CONDITION_TYPE, "where length of ⟦age⟧ in 1 .. 3",
						"where length of customer_id in 1 .. 3"),
				check("a list of values for a numeric column", ROW_CONDITION_TYPE, "where ⟦age⟧ in [a, b]",
						"where age in 18 .. 65"),
				check("a column pair of a number and a category", ROW_CONDITION_TYPE, "where start_day <= ⟦country⟧",
						"where start_day <= end_day"),
				check("a reversed range", RANGE_REVERSED, "where score in 1 .. ⟦0⟧", "where score in 0 .. 1"),
				check("a reversed length range", RANGE_REVERSED, "where length of customer_id in 12 .. ⟦3⟧",
						"where length of customer_id in 3 .. 12"),
				check("a regular expression that does not compile", REGEX_INVALID, "where customer_id matches ⟦\"C[0-9\"⟧",
						"where customer_id matches \"C[0-9]+\""),
				check("a listed value that is not a category", VALUE_NOT_A_CATEGORY, "where country in [DE, ⟦\"UK\"⟧]",
						"where country in [DE, \"Non-EU\"]"),
				check("a compared value that is not a category", VALUE_NOT_A_CATEGORY, "where country = ⟦\"UK\"⟧",
						"where country = \"FR\""),
				check("a frequency of a value that is not a category", VALUE_NOT_A_CATEGORY,
						"frequency ⟦\"UK\"⟧ of country <= 30 %", "frequency \"DE\" of country <= 30 %"),
				check("referential containment into another type", REFERENCE_TYPE_MISMATCH,
						"where age in ⟦Customers.customer_id⟧", "where customer_id in Customers.customer_id"),
				new RuleCase("a pipeline whose model would take a text column", PIPELINE_TEXT_COLUMN, Severity.WARNING,
						model("", TEXT_PIPELINE.replace("%TYPE%", "text").replace("pipeline L", "pipeline ⟦L⟧")),
						model("", TEXT_PIPELINE.replace("%TYPE%", "int"))),
				new RuleCase("a pipeline that drops its text column", PIPELINE_TEXT_COLUMN, Severity.WARNING,
						model("", TEXT_PIPELINE.replace("%TYPE%", "text").replace("pipeline L", "pipeline ⟦L⟧")),
						model("", TEXT_PIPELINE.replace("%TYPE%", "text").replace("prepare Logs {", "prepare Logs {\n\t\tdrop message"))),
				new RuleCase("a pipeline over a Parquet dataset", PIPELINE_DATASET_FORMAT, Severity.WARNING,
						model("", TEXT_PIPELINE.replace("%TYPE%", "int").replace("csv \"logs.csv\"", "parquet \"logs.parquet\"")
								.replace("pipeline L", "pipeline ⟦L⟧")),
						model("", TEXT_PIPELINE.replace("%TYPE%", "int"))));
	}

	@Inject
	private AssayTestSupport support;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void failingModelReportsTheIssueAtTheMarkedRegion(RuleCase c) {
		c.assertReportedAtMarkedRegion(support);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void passingModelHasNoError(RuleCase c) {
		List<Issue> issues = support.validate(support.parse(c.passing()));
		assertEquals(List.of(), AssayTestSupport.errors(issues).stream().map(i -> AssayTestSupport.describe(List.of(i))).toList());
	}
}
