package org.assay.runtime.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Criteria;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.HolmBonferroni;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Verdict;

/**
 * What a generated test suite runs against: the pipeline, run once per suite, and the runs file that every test
 * appends its evidence to ({@code target/assay/runs.jsonl} of the project, see {@link RunsFile}), together with what
 * loading the pipeline's data found.
 */
public final class SuiteContext implements AutoCloseable {

	private final String suite;
	private final PipelineRun run;
	private final Path results;
	private final RunInfo runInfo;
	/** The tests whose p-values are adjusted together, in declaration order, and, once measured, what each gave. */
	private final Map<String, Check> family = new LinkedHashMap<>();
	private Map<String, Object> adjusted;

	private SuiteContext(String suite, PipelineRun run, Path results, RunInfo runInfo) {
		this.suite = suite;
		this.run = run;
		this.results = results;
		this.runInfo = runInfo;
	}

	/**
	 * Runs the pipeline for the project in system property {@code assay.project} (default: the working directory,
	 * which is the project folder under Maven).
	 */
	public static SuiteContext open(String suite, AssayPipeline pipeline) {
		Path project = Paths.get(System.getProperty("assay.project", "")).toAbsolutePath();
		return open(suite, pipeline, project);
	}

	public static SuiteContext open(String suite, AssayPipeline pipeline, Path project) {
		RunInfo info = RunInfo.current(project);
		PipelineRun run = pipeline.run(project);
		Path results = project.resolve(RunsFile.PATH);
		if (run.findings() != null) {
			try {
				RunsFile.append(results, info, run.findings());
			} catch (IOException e) {
				run.close();
				throw new UncheckedIOException("cannot record the data findings in " + results, e);
			}
		}
		return new SuiteContext(suite, run, results, info);
	}

	public PipelineRun run() {
		return run;
	}

	/**
	 * Declares a test whose measured values are p-values as a member of the suite's family: all members are measured
	 * together on first use, and every p-value of every member (each feature of a drift test) is adjusted by
	 * Holm–Bonferroni over the whole family, so that the suite's chance of any false alarm stays at the declared level.
	 * Generated code calls this for each such test before any test runs, then measures it with {@link #adjusted}.
	 */
	public void adjustTogether(String test, Check check) {
		if (adjusted != null) {
			throw new IllegalStateException("the family of " + suite + " was already measured; declare " + test + " before");
		}
		family.put(test, check);
	}

	/** The check of a family member whose measurement is the Holm–Bonferroni adjusted one. */
	public Check adjusted(String test) {
		Check check = family.get(test);
		if (check == null) {
			throw new IllegalArgumentException(test + " is not declared with adjustTogether");
		}
		return new Check() {
			@Override
			public String describe() {
				return check.describe() + ", Holm–Bonferroni adjusted";
			}

			@Override
			public Measurement measure(PipelineRun ignored) {
				Object outcome = familyOutcomes().get(test);
				if (outcome instanceof RuntimeException e) {
					throw e;
				}
				return (Measurement) outcome;
			}
		};
	}

	/** Measures every member once; a member that cannot be measured is left out of the family and fails alone. */
	private synchronized Map<String, Object> familyOutcomes() {
		if (adjusted != null) {
			return adjusted;
		}
		Map<String, Object> outcomes = new LinkedHashMap<>();
		Map<String, Map<String, Double>> pValues = new LinkedHashMap<>();
		for (var member : family.entrySet()) {
			try {
				Measurement measurement = member.getValue().measure(run);
				outcomes.put(member.getKey(), measurement);
				Map<String, Double> values = new LinkedHashMap<>();
				if (measurement.parts().isEmpty()) {
					values.put("", measurement.interval().estimate());
				} else {
					measurement.parts().forEach((part, interval) -> values.put(part, interval.estimate()));
				}
				values.values().removeIf(p -> Double.isNaN(p));
				pValues.put(member.getKey(), values);
			} catch (RuntimeException e) {
				outcomes.put(member.getKey(), e);
			}
		}
		int m = pValues.values().stream().mapToInt(Map::size).sum();
		Map<String, Map<String, Double>> corrected = HolmBonferroni.adjust(pValues);
		for (var member : corrected.entrySet()) {
			Measurement raw = (Measurement) outcomes.get(member.getKey());
			Map<String, Interval> parts = new LinkedHashMap<>();
			List<String> details = new ArrayList<>(raw.details());
			double lowest = Double.NaN;
			for (var value : member.getValue().entrySet()) {
				double before = value.getKey().isEmpty() ? raw.interval().estimate() : raw.parts().get(value.getKey()).estimate();
				if (!value.getKey().isEmpty()) {
					parts.put(value.getKey(), Interval.point(value.getValue()));
				}
				lowest = Double.isNaN(lowest) ? value.getValue() : Math.min(lowest, value.getValue());
				details.add(String.format(java.util.Locale.ROOT, "%sp = %.4f, Holm–Bonferroni adjusted over the %d p-value(s) "
						+ "of %s: %.4f", value.getKey().isEmpty() ? "" : value.getKey() + ": ", before, m, suite, value.getValue()));
			}
			outcomes.put(member.getKey(), new Measurement(raw.metric(), Interval.point(lowest), details, parts, raw.shortfall()));
		}
		adjusted = outcomes;
		return adjusted;
	}

	/**
	 * The life cycle stage of a suite's test that names none ({@code phase …}, docs/risk-depth.md): verification and
	 * validation; the language's default, checked against it by DefaultsAgreeWithRuntimeTest.
	 */
	public static final String DEFAULT_PHASE = "verification";

	/** Measures a test, decides its verdict, appends the evidence and returns it. Never throws for bad data or models. */
	public Evidence evaluate(String test, List<String> requirements, String source, Check check, Criterion criterion,
			double confidence) {
		return evaluate(test, requirements, source, check, List.of(criterion), confidence, DEFAULT_PHASE);
	}

	/** As {@link #evaluate(String, List, String, Check, Criterion, double)} for a test that names its life cycle stage. */
	public Evidence evaluate(String test, List<String> requirements, String source, Check check, Criterion criterion,
			double confidence, String phase) {
		return evaluate(test, requirements, source, check, List.of(criterion), confidence, phase);
	}

	/**
	 * As {@link #evaluate(String, List, String, Check, Criterion, double)} for a bound of several criteria (a column
	 * constraint's {@code > 0.45 and < 0.55}): every one must hold; the verdict is the worst of theirs.
	 */
	public Evidence evaluate(String test, List<String> requirements, String source, Check check, List<Criterion> criteria,
			double confidence) {
		return evaluate(test, requirements, source, check, criteria, confidence, DEFAULT_PHASE);
	}

	/** As {@link #evaluate(String, List, String, Check, List, double)} for a test that names its life cycle stage. */
	public Evidence evaluate(String test, List<String> requirements, String source, Check check, List<Criterion> criteria,
			double confidence, String phase) {
		AllOf criterion = new AllOf(criteria);
		Evidence evidence;
		if (!run.succeeded()) {
			Verdict verdict = run.table() == null && run.problems().isEmpty() ? Verdict.NO_DATA : Verdict.ERROR;
			evidence = new Evidence(suite, test, requirements, source, null, Double.NaN, Double.NaN, Double.NaN, confidence,
					criterion.toString(), verdict, "pipeline " + run.pipeline() + " produced no model: " + run.failure(),
					run.lineage(), run.problems().stream().limit(20).map(Object::toString).toList(), phase);
		} else {
			try {
				Measurement measurement = check.measure(run);
				Interval interval = measurement.interval();
				Verdict verdict = criterion.decide(interval);
				if (!measurement.parts().isEmpty()) {
					// decided part by part: any FAIL fails, else any INCONCLUSIVE, else any WARN; the interval shown is the
					// deciding part's
					for (var part : measurement.parts().entrySet()) {
						Verdict partVerdict = criterion.decide(part.getValue());
						if (partVerdict == Verdict.FAIL && verdict != Verdict.FAIL
								|| partVerdict == Verdict.INCONCLUSIVE && (verdict == Verdict.PASS || verdict == Verdict.WARN)
								|| partVerdict == Verdict.WARN && verdict == Verdict.PASS) {
							verdict = partVerdict;
							interval = part.getValue();
						}
					}
				}
				if (measurement.shortfall() != null && verdict != Verdict.NO_DATA) {
					verdict = Verdict.INCONCLUSIVE;
				}
				if (measurement.violation() != null) {
					verdict = Verdict.FAIL;
				}
				String message = String.format("%s = %.4f [%.4f, %.4f] (%.0f %% confidence), required %s: %s",
						check.describe(), interval.estimate(), interval.lower(), interval.upper(), interval.confidence() * 100,
						criterion, verdict) + (measurement.shortfall() == null ? "" : " — " + measurement.shortfall())
						+ (measurement.violation() == null ? "" : " — " + measurement.violation());
				evidence = new Evidence(suite, test, requirements, source, measurement.metric(), interval.estimate(),
						interval.lower(), interval.upper(), interval.confidence(), criterion.toString(), verdict, message,
						run.lineage(), measurement.details(), phase);
			} catch (RuntimeException e) {
				evidence = new Evidence(suite, test, requirements, source, null, Double.NaN, Double.NaN, Double.NaN, confidence,
						criterion.toString(), Verdict.ERROR, source + ": " + check.describe() + " could not be measured: " + e,
						run.lineage(), List.of(), phase);
			}
		}
		try {
			RunsFile.append(results, runInfo, evidence);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot record evidence in " + results, e);
		}
		return evidence;
	}

	/** Several criteria read as one ({@link Criteria}): decides the worst of their verdicts; prints as {@code > 0.45 and < 0.55}. */
	private record AllOf(List<Criterion> criteria) {

		AllOf {
			if (criteria.isEmpty()) {
				throw new IllegalArgumentException("no criterion to decide on");
			}
			criteria = List.copyOf(criteria);
		}

		Verdict decide(Interval interval) {
			return Criteria.decide(criteria, interval);
		}

		@Override
		public String toString() {
			return Criteria.text(criteria);
		}
	}

	/** Fails (AssertionError with value, interval, threshold and verdict) unless the verdict is PASS or WARN. */
	public static void require(Evidence evidence) {
		if (evidence.verdict() != Verdict.PASS && evidence.verdict() != Verdict.WARN) {
			throw new AssertionError(evidence.verdict() + " — " + evidence.message() + " [" + evidence.source() + ", verifies "
					+ String.join(", ", evidence.requirements()) + "]");
		}
	}

	@Override
	public void close() {
		run.close();
	}
}
