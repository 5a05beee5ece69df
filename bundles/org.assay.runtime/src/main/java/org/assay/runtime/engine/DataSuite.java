package org.assay.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.ProjectPaths;
import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSources;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Verdict;

/**
 * What a generated data suite runs against: a dataset's constraints, all verified in one pass of the engine on the
 * first {@link #evaluate}, and the runs file ({@code target/assay/runs.jsonl} of the project) that the dataset's
 * findings (once) and each constraint's evidence are appended to, as {@code SuiteContext} does for pipeline suites.
 */
public final class DataSuite implements AutoCloseable {

	private final String suite;
	private final DatasetSpec dataset;
	private final SourceFormat format;
	private final List<ConstraintSpec> constraints;
	private final Path project;
	private final Path results;
	private final RunInfo runInfo;
	private final Map<String, DatasetSpec> references = new LinkedHashMap<>();
	private final Map<String, SourceFormat> referenceFormats = new LinkedHashMap<>();
	private EngineOptions options = EngineOptions.defaults();
	private EngineResult result;
	private Verdict unreadable;
	private String unreadableReason;
	private Lineage lineage;
	private String engineVersion = Engines.LOCAL;
	private String modelEngine;
	private final Map<String, org.assay.runtime.incremental.AnomalyCheck> anomalies = new LinkedHashMap<>();
	private final Map<String, org.assay.runtime.incremental.PartitionDrift> drifts = new LinkedHashMap<>();
	private org.assay.runtime.incremental.PartitionedVerifier.Outcome partitioned;
	private org.assay.runtime.incremental.PartitionEngine partitionEngine;

	private DataSuite(String suite, DatasetSpec dataset, SourceFormat format, List<ConstraintSpec> constraints, Path project) {
		this.suite = suite;
		this.dataset = dataset;
		this.format = format;
		this.constraints = List.copyOf(constraints);
		this.project = project;
		this.results = project.resolve(RunsFile.PATH);
		this.runInfo = RunInfo.current(project);
	}

	/**
	 * The suite of a dataset's constraints, for the project in system property {@code assay.project} (default: the
	 * working directory, which is the project folder under Maven). Reads nothing yet.
	 */
	public static DataSuite open(String suite, DatasetSpec dataset, SourceFormat format, List<ConstraintSpec> constraints) {
		return open(suite, dataset, format, constraints, Paths.get(System.getProperty("assay.project", "")).toAbsolutePath());
	}

	public static DataSuite open(String suite, DatasetSpec dataset, SourceFormat format, List<ConstraintSpec> constraints,
			Path project) {
		return new DataSuite(suite, dataset, format, constraints, project);
	}

	/** Makes another dataset readable by {@code where x in Other.column} conditions (by its qualified or simple name). */
	public synchronized DataSuite withReference(DatasetSpec other, SourceFormat otherFormat) {
		references.put(other.name(), other);
		referenceFormats.put(other.name(), otherFormat);
		return this;
	}

	/**
	 * Watches a constraint's series of per-partition values (a partitioned dataset only): its evidence then also fails
	 * when the newest partition's value lies beyond {@code sigmas} standard deviations of the {@code window} before it.
	 */
	public synchronized DataSuite withAnomaly(String constraint, double sigmas, int window) {
		anomalies.put(constraint, new org.assay.runtime.incremental.AnomalyCheck(constraint, sigmas, window));
		return this;
	}

	/**
	 * Watches the drift of a constraint's column between partitions (a partitioned dataset only): its evidence then
	 * also fails when {@code statistic} ({@code psi}, {@code ks_statistic}, {@code chi_square_p_value}) of the newest
	 * partition against the merged states of the {@code window} before it misses {@code criterion}
	 * ({@link org.assay.runtime.incremental.PartitionDrift}).
	 */
	public synchronized DataSuite withDrift(String constraint, String statistic, int window,
			org.assay.runtime.stats.Criterion criterion) {
		drifts.put(constraint, new org.assay.runtime.incremental.PartitionDrift(constraint, statistic, window, criterion));
		return this;
	}

	/**
	 * The engine the model asks for ({@code engine spark}); the command line's {@code --engine} still wins. Unset: the
	 * run's engine ({@link Engines}).
	 */
	public synchronized DataSuite withEngine(String engine) {
		this.modelEngine = engine;
		return this;
	}

	/**
	 * The engine that computes a partitioned dataset's partition states (default: the local engine on
	 * {@link EngineOptions#threads()} threads).
	 */
	public synchronized DataSuite withPartitionEngine(org.assay.runtime.incremental.PartitionEngine engine) {
		this.partitionEngine = engine;
		return this;
	}

	/** Engine options (threads); the default reads on all cores. */
	public synchronized DataSuite withOptions(EngineOptions engineOptions) {
		this.options = engineOptions;
		return this;
	}

	/** The pass over the data, run on first use. */
	public synchronized EngineResult result() {
		scan();
		return result;
	}

	/**
	 * The evidence of one constraint (by its qualified or simple name), appended to the runs file; the first call reads
	 * the data once for every constraint and records the dataset's findings. Never throws for bad data.
	 */
	public synchronized Evidence evaluate(String name) {
		scan();
		ConstraintSpec spec = find(name);
		String test = simple(spec == null ? name : spec.name());
		Evidence evidence;
		if (spec == null) {
			evidence = new Evidence(suite, test, List.of(), "", null, Double.NaN, Double.NaN, Double.NaN, 1, "", Verdict.ERROR,
					"no constraint " + name + " in " + suite + " (its constraints: "
							+ String.join(", ", constraints.stream().map(ConstraintSpec::name).toList()) + ")", lineage(), List.of());
		} else if (result == null) {
			evidence = new Evidence(suite, test, spec.requirements(), spec.source(), null, Double.NaN, Double.NaN, Double.NaN, 1,
					DataEngine.criteria(spec.criteria()), unreadable, spec.source() + ": " + DataEngine.describe(spec)
							+ " cannot be measured: " + unreadableReason, lineage(), List.of());
		} else {
			evidence = evidence(spec, test, result.get(spec.name()));
			if (partitioned != null) {
				evidence = PartitionedData.annotate(evidence, anomalies.get(spec.name()), drifts.get(spec.name()), partitioned);
			}
		}
		try {
			RunsFile.append(results, runInfo, evidence);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot record evidence in " + results, e);
		}
		return evidence;
	}

	private Evidence evidence(ConstraintSpec spec, String test, ConstraintResult outcome) {
		List<String> details = new ArrayList<>();
		for (Counterexample counterexample : outcome.counterexamples()) {
			details.add(counterexample.located(result.source()));
		}
		if (outcome.measurement() != null) {
			details.addAll(outcome.measurement().details());
		}
		if (outcome.nulls() + outcome.nans() + outcome.invalid() > 0) {
			details.add(String.format("met %d null, %d NaN and %d invalid cell(s) in %d row(s)", outcome.nulls(), outcome.nans(),
					outcome.invalid(), outcome.rows()));
		}
		Interval interval = outcome.measurement() == null ? Interval.point(Double.NaN) : outcome.measurement().interval();
		return new Evidence(suite, test, spec.requirements(), spec.source(),
				outcome.measurement() == null ? null : outcome.measurement().metric(), interval.estimate(), interval.lower(),
				interval.upper(), interval.confidence(), DataEngine.criteria(spec.criteria()), outcome.verdict(), outcome.message(),
				lineage(), details);
	}

	private ConstraintSpec find(String name) {
		for (ConstraintSpec spec : constraints) {
			if (spec.name().equals(name)) {
				return spec;
			}
		}
		List<ConstraintSpec> bySimpleName = constraints.stream().filter(c -> simple(c.name()).equals(name)).toList();
		return bySimpleName.size() == 1 ? bySimpleName.get(0) : null;
	}

	private static String simple(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private void scan() {
		if (result != null || unreadable != null) {
			return;
		}
		EngineOptions run = options.withReferences(this::openReference);
		if (org.assay.runtime.incremental.Partitions.isPartitioned(dataset)) {
			PartitionedData.Read read = PartitionedData.read(project, dataset, format, constraints, List.copyOf(drifts.values()), run,
					partitionEngine(), results, runInfo);
			partitioned = read.outcome();
			result = partitioned == null ? null : partitioned.result();
			unreadable = read.unreadable();
			unreadableReason = read.reason();
			return;
		}
		try {
			Path file = ProjectPaths.resolve(project, dataset.path(), dataset.external(), "data file");
			if (!Files.exists(file)) {
				unreadable = Verdict.NO_DATA;
				unreadableReason = "data file " + dataset.path() + " does not exist (looked at " + file + ")";
				return;
			}
		} catch (ProjectPaths.OutsideProjectException e) {
			unreadable = Verdict.ERROR;
			unreadableReason = e.getMessage();
			return;
		}
		try {
			result = verify(run);
		} catch (IOException | RuntimeException e) {
			unreadable = Verdict.ERROR;
			unreadableReason = e.getMessage() == null ? e.toString() : e.getMessage();
			return;
		}
		if (result.findings() != null) {
			try {
				RunsFile.append(results, runInfo, result.findings().named(dataset.path()));
			} catch (IOException e) {
				throw new UncheckedIOException("cannot record the data findings in " + results, e);
			}
		}
	}

	/**
	 * The engine of a partitioned dataset's partitions: the one given to {@link #withPartitionEngine}, else the selected
	 * engine's (Spark's for {@code engine spark}), else null for the local one.
	 */
	private org.assay.runtime.incremental.PartitionEngine partitionEngine() {
		if (partitionEngine != null) {
			return partitionEngine;
		}
		String engine = Engines.selected(modelEngine);
		if (engine.equals(Engines.LOCAL)) {
			return null;
		}
		partitionEngine = Engines.partitionEngine(engine, options.threads());
		return partitionEngine;
	}

	/** One pass of the engine the run selects ({@link Engines}): the local one, or another such as Spark. */
	private EngineResult verify(EngineOptions run) throws IOException {
		String engine = Engines.selected(modelEngine);
		if (!engine.equals(Engines.LOCAL)) {
			DatasetEngine other = Engines.get(engine);
			engineVersion = other.version();
			return other.verify(project, dataset, format, constraints, run.references());
		}
		try (RowSource source = RowSources.open(project, dataset, format)) {
			return DataEngine.verify(source, constraints, run);
		}
	}

	private RowSource openReference(String name) throws IOException {
		for (var entry : references.entrySet()) {
			if (entry.getKey().equals(name) || entry.getKey().endsWith("." + name)) {
				return RowSources.open(project, entry.getValue(), referenceFormats.get(entry.getKey()));
			}
		}
		throw new IOException("dataset " + name + " is not declared to " + suite);
	}

	/** The data file's hash, once. */
	private Lineage lineage() {
		if (lineage == null && partitioned != null) {
			lineage = PartitionedData.lineage(dataset, partitioned, partitionEngine());
		}
		if (lineage == null) {
			Lineage.Builder builder = Lineage.builder().version("engine", engineVersion);
			try {
				builder.input(dataset.path(), ProjectPaths.resolve(project, dataset.path(), dataset.external(), "data file"));
			} catch (IOException | ProjectPaths.OutsideProjectException e) {
				builder.inputText(dataset.path(), "unreadable: " + e.getMessage());
			}
			lineage = builder.build();
		}
		return lineage;
	}

	/** Fails (AssertionError with value, interval, bound and verdict) unless the verdict is PASS or WARN. */
	public static void require(Evidence evidence) {
		if (evidence.verdict() != Verdict.PASS && evidence.verdict() != Verdict.WARN) {
			StringBuilder text = new StringBuilder(evidence.verdict() + " — " + evidence.message());
			for (String detail : evidence.details()) {
				text.append("\n  ").append(detail);
			}
			throw new AssertionError(text + "\n[" + evidence.source() + ", verifies " + String.join(", ", evidence.requirements())
					+ "]");
		}
	}

	/** Nothing is held open between calls; here for generated suites' {@code @AfterAll}. */
	@Override
	public void close() {
	}
}
