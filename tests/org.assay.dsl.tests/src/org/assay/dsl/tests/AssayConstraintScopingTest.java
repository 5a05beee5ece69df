package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.model.DataQualityTest;
import org.assay.model.Dataset;
import org.assay.model.Feature;
import org.assay.model.ReferenceMembership;
import org.assay.model.StatisticConstraint;
import org.assay.model.TestSuite;
import org.assay.model.WhereConstraint;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Column names in constraints resolve against the dataset the constraint checks: the enclosing dataset of a check,
 * the view named by 'on' (else the dataset the suite's pipeline prepares); 'in Dataset.column' names a column of any
 * visible dataset, across files through imports.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayConstraintScopingTest {

	@Inject
	private AssayTestSupport support;

	private static final String MASTER = """
			namespace crm
			dataset Customers {
				feature customer_id : text
				feature since : int
			}
			""";

	private static final String ORDERS = """
			namespace sales
			import assay.iso25012.*
			import crm.*
			dataset Orders {
				feature order_id : long
				feature customer_id : text
				feature amount : double
				split train 80 %, test 20 % seed 1
				check known : where customer_id in Customers.customer_id
				check positive : minimum of amount > 0
			}
			pipeline P {
				prepare Orders {
				}
			}
			suite S tests P {
				test viaPipeline : data mean of amount > 0
				test onPartition : data completeness of customer_id = 100 % on Orders.test
				test onOtherDataset : data minimum of since >= 1990 on Customers
			}
			""";

	private List<Issue> linking(XtextResource resource) {
		return support.validate(resource).stream().filter(i -> i.getCode() != null && i.getCode().contains("Linking")).toList();
	}

	@Test
	void columnsResolveInTheDatasetTheConstraintChecks() {
		XtextResourceSet set = support.newResourceSet();
		XtextResource master = support.load(set, "memory:/crm.assay", MASTER);
		XtextResource orders = support.load(set, "memory:/sales.assay", ORDERS);
		assertEquals(List.of(), linking(orders), () -> AssayTestSupport.describe(linking(orders)));
		Dataset customers = (Dataset) support.model(master).getElements().get(0);
		Dataset ordersSet = (Dataset) support.model(orders).getElements().get(0);

		WhereConstraint known = (WhereConstraint) ((DataQualityTest) ordersSet.getChecks().get(0).getPattern()).getConstraint();
		ReferenceMembership reference = (ReferenceMembership) known.getPredicate();
		assertSame(ordersSet, reference.getFeature().eContainer(), "the check's own column");
		assertSame(customers.getFeatures().get(0), reference.getColumn(), "the referenced column, in another file");

		TestSuite suite = (TestSuite) support.model(orders).getElements().get(2);
		assertSame(ordersSet, column(suite, 0).eContainer(), "through the suite's pipeline");
		assertSame(ordersSet, column(suite, 1).eContainer(), "through the partition named by 'on'");
		assertSame(customers, column(suite, 2).eContainer(), "through the dataset named by 'on'");
	}

	@Test
	void aColumnOfAnotherDatasetDoesNotResolveInACheck() {
		XtextResourceSet set = support.newResourceSet();
		support.load(set, "memory:/crm.assay", MASTER);
		XtextResource orders = support.load(set, "memory:/sales.assay",
				ORDERS.replace("check positive : minimum of amount > 0", "check positive : minimum of since > 0"));
		List<Issue> linking = linking(orders);
		assertEquals(1, linking.size(), () -> AssayTestSupport.describe(linking));
		assertTrue(linking.get(0).getMessage().contains("since"), linking.get(0).getMessage());
	}

	@Test
	void unknownNamesSayHowToWriteAReferenceOrAValue() {
		XtextResourceSet set = support.newResourceSet();
		support.load(set, "memory:/crm.assay", MASTER);
		XtextResource orders = support.load(set, "memory:/sales.assay", ORDERS
				.replace("where customer_id in Customers.customer_id", "where customer_id in Customer.customer_id")
				.replace("check positive : minimum of amount > 0", "check positive : where customer_id = none"));
		List<String> messages = linking(orders).stream().map(Issue::getMessage).toList();
		assertEquals(2, messages.size(), messages::toString);
		assertTrue(messages.get(0).startsWith("Unknown column 'Customer.customer_id' (did you mean 'Customers.customer_id'?)"),
				messages::toString);
		assertTrue(messages.get(1).contains("a category or text value is quoted: '= \"none\"'"), messages::toString);
	}

	private static Feature column(TestSuite suite, int test) {
		return ((StatisticConstraint) ((DataQualityTest) suite.getTests().get(test).getPattern()).getConstraint()).getColumns().get(0);
	}
}
