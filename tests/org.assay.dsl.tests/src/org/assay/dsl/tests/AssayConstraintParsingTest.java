package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.model.*;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every form of the column-constraint language parses into the metamodel and links, in each of its four places: a
 * dataset's checks, a suite's data tests, a preparation's gates and a requirement's criteria.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayConstraintParsingTest {

	static final String MODEL = """
			namespace shop
			import assay.iso25012.*

			dataset Customers {
				feature customer_id : text
			}

			dataset Orders {
				source csv "orders.csv"
				label is_active : category [true, false]
				feature id : long range 1 .. *
				feature customer_id : text
				feature age : int range 0 .. 130
				feature income : double range 0 .. *
				feature score : double
				feature country : category [DE, FR, "Non-EU"]
				feature segment : category [A, B, C, D, E]
				feature start_day : int
				feature end_day : int
				split train 80 %, test 20 % seed 1
				check id_complete verifies Clean : completeness of id = 100 %
				check id_unique : uniqueness of id = 100 %
				check key_unique : uniqueness of country, customer_id = 100 %
				check adult : minimum of age >= 18
				check mean_score : mean of score > 0.45 and < 0.55
				check spread : standard_deviation of score between 0.25 and 0.33
				check median : quantile 0.5 of income between 10000 and 100000
				check approx_median : approx quantile 0.5 of income within 1 % between 10000 and 100000
				check few_segments : distinctness of segment < 0.001
				check customers : approx distinct_count of customer_id > 150000
				check german_share : frequency "DE" of country between 10 % and 30 %
				check top_country : top_frequency 1 of country <= 40 %
				check relation : correlation of age, income between -0.2 and 0.2
				check strict_mean : mean of income nulls invalid > 1000
				check row_total : rows between 900000 and 1100000
				check non_negative : where income >= 0
				check unit : where score in 0 .. 1 nulls ignored
				check open_range : where age in 18 .. *
				check countries : where country in ["DE", FR, "Non-EU"]
				check ids : where customer_id matches "C[0-9]{6}" >= 99 %
				check id_length : where length of customer_id in 3 .. 12
				check ordered : where start_day <= end_day
				check known : where customer_id in Customers.customer_id
				check text_value : where customer_id != "none" and not (segment in [A, B] or age < 18)
			}

			requirement Clean refines Completeness {
				accept completeness >= 0.9
				accept completeness of age >= 95 % on Orders
			}

			pipeline P {
				prepare Orders {
					require validity >= 0.98
					require completeness of age >= 95 %
				}
			}

			suite S tests P {
				test old verifies Clean : data completeness >= 0.9
				test mean verifies Clean : data mean of score between 0.45 and 0.55 on Orders.test
				test row_total verifies Clean : data rows > 0
			}
			""";

	@Inject
	private AssayTestSupport support;

	private Dataset orders(AssayModel model) {
		return (Dataset) model.getElements().stream().filter(e -> "Orders".equals(e.getName())).findFirst().orElseThrow();
	}

	private AssayModel parsed() {
		XtextResource resource = support.parse(MODEL);
		List<Issue> issues = support.validate(resource);
		List<Issue> syntaxOrLinking = issues.stream().filter(i -> i.getCode() != null && (i.getCode().contains("Syntax")
				|| i.getCode().contains("Linking"))).toList();
		assertTrue(resource.getErrors().isEmpty(), () -> "syntax errors: " + resource.getErrors());
		assertTrue(syntaxOrLinking.isEmpty(), () -> AssayTestSupport.describe(syntaxOrLinking));
		return support.model(resource);
	}

	private DataConstraint check(Dataset dataset, String name) {
		TestCase check = dataset.getChecks().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
		return ((DataQualityTest) check.getPattern()).getConstraint();
	}

	@Test
	void typesTextAndLong() {
		Dataset orders = orders(parsed());
		assertInstanceOf(TextType.class, orders.getFeatures().get(1).getType());
		NumericType id = (NumericType) orders.getFeatures().get(0).getType();
		assertEquals(NumericKind.INTEGER, id.getKind());
	}

	@Test
	void columnStatistics() {
		Dataset orders = orders(parsed());
		assertEquals(24, orders.getChecks().size());
		TestCase idComplete = orders.getChecks().get(0);
		assertEquals("Clean", idComplete.getVerifies().get(0).getName());
		StatisticConstraint complete = (StatisticConstraint) check(orders, "id_complete");
		assertEquals("completeness", complete.getMetric().getName());
		assertEquals(List.of("id"), complete.getColumns().stream().map(Feature::getName).toList());
		assertEquals(ComparisonOperator.EQUAL, complete.getBound().getOperator());
		assertEquals(1.0, complete.getBound().getThreshold());
		assertFalse(complete.getBound().isTwoSided());
		assertFalse(complete.isSetNulls());

		StatisticConstraint key = (StatisticConstraint) check(orders, "key_unique");
		assertEquals(List.of("country", "customer_id"), key.getColumns().stream().map(Feature::getName).toList());

		StatisticConstraint mean = (StatisticConstraint) check(orders, "mean_score");
		Condition bound = mean.getBound();
		assertTrue(bound.isTwoSided());
		assertEquals(ComparisonOperator.GREATER, bound.getOperator());
		assertEquals(0.45, bound.getThreshold());
		assertEquals(ComparisonOperator.LESS, bound.getSecondOperator());
		assertEquals(0.55, bound.getSecondThreshold());
		assertTrue(bound.isSatisfiedBy(0.5));
		assertFalse(bound.isSatisfiedBy(0.55));

		Condition between = ((StatisticConstraint) check(orders, "spread")).getBound();
		assertEquals(ComparisonOperator.GREATER_OR_EQUAL, between.getOperator());
		assertEquals(ComparisonOperator.LESS_OR_EQUAL, between.getSecondOperator());
		assertEquals(0.25, between.getThreshold());
		assertEquals(0.33, between.getSecondThreshold());

		StatisticConstraint median = (StatisticConstraint) check(orders, "median");
		assertFalse(median.isApproximate());
		assertEquals(0.5, median.getArgument());
		assertNull(median.getRankError());
		StatisticConstraint approx = (StatisticConstraint) check(orders, "approx_median");
		assertTrue(approx.isApproximate());
		assertEquals(0.01, approx.getRankError());
		assertEquals(10000.0, approx.getBound().getThreshold());

		StatisticConstraint share = (StatisticConstraint) check(orders, "german_share");
		assertEquals("DE", share.getValue());
		assertNull(share.getArgument());
		assertEquals(0.1, share.getBound().getThreshold());
		assertEquals(0.3, share.getBound().getSecondThreshold());
		assertEquals(1.0, ((StatisticConstraint) check(orders, "top_country")).getArgument());
		assertEquals(-0.2, ((StatisticConstraint) check(orders, "relation")).getBound().getThreshold());

		StatisticConstraint strict = (StatisticConstraint) check(orders, "strict_mean");
		assertEquals(NullPolicy.INVALID, strict.getNulls());
		assertTrue(strict.isSetNulls());
	}

	@Test
	void rowCountAndRowConditions() {
		Dataset orders = orders(parsed());
		RowCountConstraint rows = (RowCountConstraint) check(orders, "row_total");
		assertEquals(900000.0, rows.getBound().getThreshold());

		WhereConstraint nonNegative = (WhereConstraint) check(orders, "non_negative");
		assertNull(nonNegative.getBound());
		FeatureComparison comparison = (FeatureComparison) nonNegative.getPredicate();
		assertEquals("income", comparison.getFeature().getName());
		assertEquals(0.0, ((NumberValue) comparison.getValue()).getValue());

		WhereConstraint unit = (WhereConstraint) check(orders, "unit");
		RangeMembership range = (RangeMembership) unit.getPredicate();
		assertEquals(0.0, range.getMinimum());
		assertEquals(1.0, range.getMaximum());
		assertEquals(NullPolicy.IGNORED, unit.getNulls());
		RangeMembership open = (RangeMembership) ((WhereConstraint) check(orders, "open_range")).getPredicate();
		assertEquals(18.0, open.getMinimum());
		assertNull(open.getMaximum());

		ValueMembership countries = (ValueMembership) ((WhereConstraint) check(orders, "countries")).getPredicate();
		assertEquals(List.of("DE", "FR", "Non-EU"), countries.getValues());

		WhereConstraint ids = (WhereConstraint) check(orders, "ids");
		assertEquals("C[0-9]{6}", ((PatternMatch) ids.getPredicate()).getRegex());
		assertEquals(0.99, ids.getBound().getThreshold());

		LengthRange length = (LengthRange) ((WhereConstraint) check(orders, "id_length")).getPredicate();
		assertEquals(3, length.getMinimum());
		assertEquals(12, length.getMaximum());

		ColumnComparison ordered = (ColumnComparison) ((WhereConstraint) check(orders, "ordered")).getPredicate();
		assertEquals("start_day", ordered.getLeft().getName());
		assertEquals(ComparisonOperator.LESS_OR_EQUAL, ordered.getOperator());
		assertEquals("end_day", ordered.getRight().getName());

		ReferenceMembership known = (ReferenceMembership) ((WhereConstraint) check(orders, "known")).getPredicate();
		assertEquals("Customers", ((Dataset) known.getColumn().eContainer()).getName());

		Conjunction text = (Conjunction) ((WhereConstraint) check(orders, "text_value")).getPredicate();
		FeatureComparison notNone = (FeatureComparison) text.getLeft();
		assertEquals("none", ((TextValue) notNone.getValue()).getText());
		Disjunction inner = (Disjunction) ((Negation) text.getRight()).getOperand();
		assertEquals(List.of("A", "B"), ((ValueMembership) inner.getLeft()).getValues());
	}

	@Test
	void gatesCriteriaAndSuiteTests() {
		AssayModel model = parsed();
		Requirement clean = (Requirement) model.getElements().stream().filter(e -> e instanceof Requirement).findFirst().orElseThrow();
		assertEquals("completeness", clean.getCriteria().get(0).getMetric().getName());
		assertNull(clean.getCriteria().get(0).getConstraint());
		AcceptanceCriterion column = clean.getCriteria().get(1);
		assertNull(column.getMetric());
		assertEquals("Orders", column.getData().getName());
		assertEquals("age", ((StatisticConstraint) column.getConstraint()).getColumns().get(0).getName());

		Pipeline pipeline = (Pipeline) model.getElements().stream().filter(e -> e instanceof Pipeline).findFirst().orElseThrow();
		List<QualityGate> gates = pipeline.getPreparations().get(0).getGates();
		assertEquals("validity", gates.get(0).getMetric().getName());
		assertEquals(0.98, gates.get(0).getCondition().getThreshold());
		assertNull(gates.get(1).getMetric());
		assertEquals(0.95, gates.get(1).getConstraint().getBound().getThreshold());

		TestSuite suite = (TestSuite) model.getElements().stream().filter(e -> e instanceof TestSuite).findFirst().orElseThrow();
		DataQualityTest old = (DataQualityTest) suite.getTests().get(0).getPattern();
		assertEquals("completeness", old.getMetric().getName());
		assertNull(old.getConstraint());
		DataQualityTest mean = (DataQualityTest) suite.getTests().get(1).getPattern();
		assertNull(mean.getMetric());
		assertEquals("test", mean.getData().getName());
		assertEquals("mean", ((StatisticConstraint) mean.getConstraint()).getMetric().getName());
		assertInstanceOf(RowCountConstraint.class, ((DataQualityTest) suite.getTests().get(2).getPattern()).getConstraint());
	}
}
