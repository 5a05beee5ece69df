package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.AssayModel;
import org.assay.model.DataQualityTest;
import org.assay.model.Dataset;
import org.assay.model.Pipeline;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What each constraint form of {@link AssayConstraintParsingTest#MODEL} means to the runtime: the
 * {@link ConstraintSpec} ConstraintSemantics builds for it (statistic, columns, argument, value, rank error, row
 * condition tree, null policy, criteria), the dataset it checks and the view it reads.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayConstraintSemanticsTest {

	@Inject
	private AssayTestSupport support;

	private AssayModel model;
	private Dataset orders;

	@BeforeEach
	void parse() {
		var resource = support.parse(AssayConstraintParsingTest.MODEL);
		support.validate(resource);
		model = support.model(resource);
		orders = (Dataset) model.getElements().stream().filter(e -> "Orders".equals(e.getName())).findFirst().orElseThrow();
	}

	private ConstraintSpec spec(String check) {
		TestCase test = orders.getChecks().stream().filter(c -> check.equals(c.getName())).findFirst().orElseThrow();
		return ConstraintSemantics.spec(ConstraintSemantics.of(test), "shop.Orders." + check, "shop.assay:1",
				ConstraintSemantics.requirements(ConstraintSemantics.of(test)));
	}

	@Test
	void statistics() {
		ConstraintSpec complete = spec("id_complete");
		assertEquals(Statistic.COMPLETENESS, complete.statistic());
		assertEquals(List.of("id"), complete.columns());
		assertEquals(List.of("shop.Clean"), complete.requirements());
		assertEquals(List.of(new Criterion(Operator.EQUAL, 1.0)), complete.criteria());
		assertEquals(NullPolicy.MISSING, complete.nulls());
		assertTrue(Double.isNaN(complete.argument()));
		assertTrue(Double.isNaN(complete.rankError()));
		assertNull(complete.condition());

		assertEquals(List.of("country", "customer_id"), spec("key_unique").columns());
		assertEquals(Statistic.UNIQUENESS, spec("key_unique").statistic());
		assertEquals(List.of(new Criterion(Operator.GREATER, 0.45), new Criterion(Operator.LESS, 0.55)),
				spec("mean_score").criteria());
		assertEquals(List.of(new Criterion(Operator.GREATER_OR_EQUAL, 0.25), new Criterion(Operator.LESS_OR_EQUAL, 0.33)),
				spec("spread").criteria());

		ConstraintSpec median = spec("median");
		assertEquals(Statistic.QUANTILE, median.statistic());
		assertEquals(0.5, median.argument());
		assertTrue(Double.isNaN(median.rankError()));
		ConstraintSpec approx = spec("approx_median");
		assertEquals(Statistic.APPROX_QUANTILE, approx.statistic());
		assertEquals(0.01, approx.rankError());
		assertEquals(Statistic.APPROX_DISTINCT_COUNT, spec("customers").statistic());
		assertEquals(Statistic.DISTINCTNESS, spec("few_segments").statistic());

		ConstraintSpec share = spec("german_share");
		assertEquals(Statistic.FREQUENCY, share.statistic());
		assertEquals("DE", share.value());
		assertEquals(1.0, spec("top_country").argument());
		assertEquals(Statistic.CORRELATION, spec("relation").statistic());
		assertEquals(List.of("age", "income"), spec("relation").columns());
		assertEquals(NullPolicy.INVALID, spec("strict_mean").nulls());
	}

	@Test
	void rowCountAndRowConditions() {
		ConstraintSpec rows = spec("row_total");
		assertEquals(Statistic.ROW_COUNT, rows.statistic());
		assertEquals(List.of(), rows.columns());

		ConstraintSpec nonNegative = spec("non_negative");
		assertEquals(Statistic.SATISFACTION, nonNegative.statistic());
		assertEquals(new RowCondition.Compare("income", Operator.GREATER_OR_EQUAL, 0), nonNegative.condition());
		assertEquals(List.of(new Criterion(Operator.GREATER_OR_EQUAL, 1.0)), nonNegative.criteria(), "every row");
		assertEquals(List.of("income"), nonNegative.readColumns());

		ConstraintSpec unit = spec("unit");
		assertEquals(new RowCondition.InRange("score", 0, 1), unit.condition());
		assertEquals(NullPolicy.IGNORED, unit.nulls());
		assertEquals(new RowCondition.InRange("age", 18, Double.POSITIVE_INFINITY), spec("open_range").condition());
		assertEquals(new RowCondition.InSet("country", List.of("DE", "FR", "Non-EU")), spec("countries").condition());
		assertEquals(new RowCondition.Matches("customer_id", "C[0-9]{6}"), spec("ids").condition());
		assertEquals(List.of(new Criterion(Operator.GREATER_OR_EQUAL, 0.99)), spec("ids").criteria());
		assertEquals(new RowCondition.LengthInRange("customer_id", 3, 12), spec("id_length").condition());
		assertEquals(new RowCondition.CompareColumns("start_day", Operator.LESS_OR_EQUAL, "end_day"), spec("ordered").condition());
		assertEquals(new RowCondition.InColumn("customer_id", "shop.Customers", "customer_id"), spec("known").condition());
		assertEquals(new RowCondition.And(new RowCondition.Not(new RowCondition.InSet("customer_id", List.of("none"))),
				new RowCondition.Not(new RowCondition.Or(new RowCondition.InSet("segment", List.of("A", "B")),
						new RowCondition.Compare("age", Operator.LESS, 18)))),
				spec("text_value").condition());
		assertEquals(List.of("customer_id", "segment", "age"), spec("text_value").readColumns());
	}

	@Test
	void datasetAndViewOfEachPlace() {
		assertSame(orders, ConstraintSemantics.dataset(ConstraintSemantics.of(orders.getChecks().get(0))));
		Requirement clean = (Requirement) model.getElements().stream().filter(e -> e instanceof Requirement).findFirst().orElseThrow();
		AcceptanceCriterion criterion = clean.getCriteria().get(1);
		assertSame(orders, ConstraintSemantics.dataset(criterion.getConstraint()));
		assertSame(orders, ConstraintSemantics.view(criterion.getConstraint()));
		assertEquals(List.of("shop.Clean"), ConstraintSemantics.requirements(criterion.getConstraint()));

		Pipeline pipeline = (Pipeline) model.getElements().stream().filter(e -> e instanceof Pipeline).findFirst().orElseThrow();
		var gate = pipeline.getPreparations().get(0).getGates().get(1).getConstraint();
		assertSame(orders, ConstraintSemantics.dataset(gate));
		assertEquals("completeness", ConstraintSemantics.metricName(gate));

		TestSuite suite = (TestSuite) model.getElements().stream().filter(e -> e instanceof TestSuite).findFirst().orElseThrow();
		var onTest = ((DataQualityTest) suite.getTests().get(1).getPattern()).getConstraint();
		assertSame(orders, ConstraintSemantics.dataset(onTest));
		assertEquals("test", ConstraintSemantics.view(onTest).getName(), "the partition named by 'on'");
		var viaPipeline = ((DataQualityTest) suite.getTests().get(2).getPattern()).getConstraint();
		assertSame(orders, ConstraintSemantics.dataset(viaPipeline), "the dataset the suite's pipeline prepares");
		assertEquals("row_count", ConstraintSemantics.metricName(viaPipeline));
		assertNull(ConstraintSemantics.of(suite.getTests().get(0)), "a dataset-level data test has no constraint");
	}
}
