package org.assay.runtime.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.ConstraintResult;
import org.assay.runtime.engine.DataSuite;
import org.assay.runtime.engine.Engines;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.EngineResult;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Referential containment ({@code where x in Other.column}) on the Spark engine: the other dataset's column is read once
 * on the driver with Assay's reader and broadcast to the tasks, so the verdicts, messages and counterexamples are the
 * local engine's, and the dataset still takes one Spark job (a referential check adds none).
 */
class SparkReferenceTest {

	private static SparkSession spark;
	private static final AtomicInteger JOBS = new AtomicInteger();

	@TempDir
	static Path dir;

	/** The referenced dataset: some countries, ids and names, with a null, a NaN, an invalid id and a quoted name. */
	private static final Schema CUSTOMERS = new Schema(List.of(Column.integer("id", 0, 1e9), Column.text("name"),
			Column.text("code")));

	private static final String CUSTOMERS_CSV = "id,name,code\n0,Ana,US\n1,\"Smith, J.\",DE\n2,O'Brien,\n"
			+ "NaN,  spaced  ,FR\nabc,\"\"\"Quoted\"\"\",US\n7,Zoë,DE\n";

	@BeforeAll
	static void start() {
		spark = SparkSessions.start("local[2]");
		spark.sparkContext().addSparkListener(new SparkListener() {
			@Override
			public void onJobStart(SparkListenerJobStart job) {
				JOBS.incrementAndGet();
			}
		});
	}

	@AfterAll
	static void stop() {
		spark.stop();
	}

	private static EngineOptions.References customers(Path file) {
		return name -> {
			if (!name.equals("Customers")) {
				throw new IOException("dataset " + name + " is not declared to this suite");
			}
			return CsvRowSource.open(file, "data/customers.csv", CUSTOMERS, ',');
		};
	}

	private static ConstraintSpec where(String name, RowCondition condition) {
		return new ConstraintSpec(name, "model.assay:" + (50 + name.length()), List.of("R3"),
				org.assay.runtime.constraint.Statistic.SATISFACTION, List.of(), Double.NaN, null, Double.NaN, condition,
				NullPolicy.MISSING, List.of(Fixtures.at(Operator.GREATER_OR_EQUAL, 1)));
	}

	private static List<ConstraintSpec> constraints() {
		List<ConstraintSpec> specs = new java.util.ArrayList<>(Fixtures.exactConstraints());
		specs.add(where("countryKnown", new RowCondition.InColumn("country", "Customers", "code")));
		specs.add(where("nameKnown", new RowCondition.Or(new RowCondition.InColumn("name", "Customers", "name"),
				new RowCondition.Compare("age", Operator.LESS, 30))));
		specs.add(where("idKnown", new RowCondition.Not(new RowCondition.Not(new RowCondition.InColumn("id", "Customers", "id")))));
		specs.add(where("missingDataset", new RowCondition.InColumn("segment", "Suppliers", "segment")));
		return specs;
	}

	@Test
	void referentialConditionsGiveTheLocalResultsInOneSparkJob() throws IOException {
		Path file = Fixtures.messyCsv(dir, 2500, 9, false);
		Path reference = dir.resolve("customers.csv");
		Files.writeString(reference, CUSTOMERS_CSV, StandardCharsets.UTF_8);
		List<ConstraintSpec> constraints = constraints();
		EngineResult expected;
		try (CsvRowSource source = CsvRowSource.open(file, "data/x.csv", Fixtures.SCHEMA, ',')) {
			expected = DataEngine.verify(source, constraints, new EngineOptions(2, customers(reference)));
		}
		spark.conf().set("spark.sql.files.maxPartitionBytes", Long.toString(24 << 10)); // several tasks
		spark.conf().set("spark.sql.files.openCostInBytes", "0");
		int before = JOBS.get();
		EngineResult actual = SparkEngine.verify(spark, SparkDataset.local(file, "data/x.csv", Fixtures.SCHEMA, SourceFormat.CSV),
				constraints, customers(reference));
		assertEquals(1, JOBS.get() - before, "a referential check adds no Spark job: the reference is read on the driver");

		assertEquals(expected.rows(), actual.rows());
		for (int i = 0; i < expected.constraints().size(); i++) {
			ConstraintResult e = expected.constraints().get(i);
			ConstraintResult a = actual.constraints().get(i);
			assertEquals(e.verdict(), a.verdict(), e.constraint().name());
			assertEquals(e.message(), a.message(), e.constraint().name());
			assertEquals(e.counterexamples().stream().map(c -> c.located("data/x.csv")).toList(),
					a.counterexamples().stream().map(c -> c.located("data/x.csv")).toList(), e.constraint().name());
		}
		// not vacuous: the conditions fail with counterexamples, and the unknown dataset is an ERROR saying why
		ConstraintResult country = actual.get("countryKnown");
		assertEquals(Verdict.FAIL, country.verdict(), country.message());
		assertFalse(country.counterexamples().isEmpty());
		assertTrue(country.measurement().interval().estimate() > 0.4, country.message());
		assertEquals(Verdict.FAIL, actual.get("idKnown").verdict());
		assertEquals(Verdict.ERROR, actual.get("missingDataset").verdict());
		assertTrue(actual.get("missingDataset").message().contains("dataset Suppliers is not declared to this suite"),
				actual.get("missingDataset").message());
	}
	/**
	 * The whole path of a run: a data suite with the dataset's engine set to Spark and the other dataset declared to it
	 * gives the local engine's evidence (the suite hands its other datasets to the engine).
	 */
	@Test
	void aDataSuiteOnSparkHandsItsOtherDatasetsToTheEngine() throws IOException {
		Path project = dir.resolve("project");
		Files.createDirectories(project.resolve("data"));
		Files.copy(Fixtures.messyCsv(dir, 1200, 13, false), project.resolve("data/x.csv"));
		Files.writeString(project.resolve("data/customers.csv"), CUSTOMERS_CSV, StandardCharsets.UTF_8);
		DatasetSpec main = new DatasetSpec("shop.Orders", "shop.assay:3", "data/x.csv", null, Fixtures.SCHEMA, List.of(),
				new double[0], 0, null, Map.of());
		DatasetSpec other = new DatasetSpec("shop.Customers", "shop.assay:20", "data/customers.csv", null, CUSTOMERS, List.of(),
				new double[0], 0, null, Map.of());
		List<ConstraintSpec> constraints = constraints();
		Engines.register(new SparkDatasetEngine("local[2]")); // the running session is used, not a new one
		List<String> local = new java.util.ArrayList<>();
		List<String> onSpark = new java.util.ArrayList<>();
		try (DataSuite suite = DataSuite.open("shop.Orders.checks", main, SourceFormat.CSV, constraints, project)
				.withReference(other, SourceFormat.CSV)) {
			for (String name : List.of("countryKnown", "nameKnown", "idKnown", "missingDataset")) {
				Evidence e = suite.evaluate(name);
				local.add(e.verdict() + " " + e.message() + " " + e.details());
			}
		}
		try (DataSuite suite = DataSuite.open("shop.Orders.checks", main, SourceFormat.CSV, constraints, project)
				.withReference(other, SourceFormat.CSV).withEngine(SparkEngine.NAME)) {
			for (String name : List.of("countryKnown", "nameKnown", "idKnown", "missingDataset")) {
				Evidence e = suite.evaluate(name);
				assertTrue(e.lineage().versions().getOrDefault("engine", "").startsWith("spark"), e.lineage().toString());
				onSpark.add(e.verdict() + " " + e.message() + " " + e.details());
			}
		}
		assertEquals(local, onSpark);
		assertTrue(onSpark.get(0).startsWith("FAIL "), onSpark.get(0));
		assertTrue(onSpark.get(3).startsWith("ERROR "), onSpark.get(3));
	}
}
