package org.assay.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.sketch.SketchLibrary;
import org.assay.runtime.engine.state.Examples;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.StateKind;
import org.assay.runtime.engine.state.Tally;
import org.assay.runtime.stats.Criteria;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Verdict;

/**
 * The one-pass data engine: every constraint of a dataset from one read of its file, on all cores, in memory that
 * does not grow with the rows (except exact quantiles and exact distinct structures, see docs/engine.md). Results do
 * not depend on the number of threads; exact statistics do not depend on how the file is chunked either.
 */
public final class DataEngine {

	/** Statistics that a null or NaN fails under {@link NullPolicy#INVALID} (row conditions decide per row). */
	private static final Set<Statistic> FAILED_BY_NULLS = EnumSet.complementOf(EnumSet.of(Statistic.ROW_COUNT,
			Statistic.COMPLETENESS, Statistic.SATISFACTION));

	private DataEngine() {
	}

	/** Whether a plan has begun the sketch library's first use (see {@link #plan}). */
	private static final AtomicBoolean SKETCH_LIBRARY_BEGUN = new AtomicBoolean();

	/**
	 * Verifies every constraint in one pass. Never throws for bad data or impossible requests: a constraint that cannot
	 * be measured is an ERROR with the reason; a file that cannot be read makes every constraint an ERROR with the
	 * located problem; a metric left without values is NO_DATA.
	 */
	public static EngineResult verify(org.assay.runtime.scan.RowSource source, List<ConstraintSpec> constraints,
			EngineOptions options) {
		String file = source.name();
		List<DataProblem> fatal = source.fatalProblems();
		if (!fatal.isEmpty()) {
			return unreadable(file, constraints, fatal, 0, null);
		}
		Plan plan = plan(file, source.schema(), constraints, options);
		ScanResult outcome = scan(source, plan, options.threads());
		fatal = source.fatalProblems();
		if (outcome.failure() != null || !fatal.isEmpty()) {
			List<DataProblem> problems = new ArrayList<>(fatal);
			if (problems.isEmpty()) {
				problems.add(new DataProblem(file, 0, 0, DataProblem.Kind.UNREADABLE, outcome.failure()));
			}
			return unreadable(file, constraints, problems, outcome.rows(), null);
		}
		DataFindings findings;
		try {
			findings = source.findings(outcome.summaries());
		} catch (RuntimeException e) {
			findings = null;
		}
		return decide(plan, outcome.states(), outcome.rows(), findings, source, options);
	}

	/**
	 * Plans the states that {@code constraints} need on a source of that name and schema. Impossible requests are not
	 * refused here but recorded per constraint ({@link Plan#error}); reads only the datasets that referential
	 * conditions name (through {@link EngineOptions#references()}).
	 */
	public static Plan plan(String source, Schema schema, List<ConstraintSpec> constraints, EngineOptions options) {
		if (SKETCH_LIBRARY_BEGUN.compareAndSet(false, true)) {
			// the sketch library's first use loads, links and checks DataSketches: tens of ms in a fresh JVM, begun here on
			// another thread while the constraints before the first sketch are planned (class initialisation runs once: a
			// planner that needs the library first waits for that thread)
			Thread loader = new Thread(SketchLibrary::get, "assay-sketch-library");
			loader.setDaemon(true);
			loader.start();
		}
		Planner planner = new Planner(source, schema, options);
		List<Planner.Planned> plans = new ArrayList<>(constraints.size());
		for (ConstraintSpec constraint : constraints) {
			plans.add(planner.plan(constraint));
		}
		return new Plan(source, schema, plans, planner.factories());
	}

	/**
	 * Fills a plan's states in one pass over {@code source} on {@code threads} threads, chunks merged in order. Exact
	 * states do not depend on the threads or the chunking; see docs/engine.md.
	 */
	public static ScanResult scan(org.assay.runtime.scan.RowSource source, Plan plan, int threads) {
		return Pass.run(source, plan.factories(), threads);
	}

	/**
	 * Decides every constraint of a plan from its filled states, however they were computed (one local pass, the
	 * merged states of stored partitions, another engine): the value with its interval, the verdict, the message and the
	 * counterexamples the states kept.
	 *
	 * @param rows the rows the states were computed from
	 * @param findings the source's data findings, or null when unknown
	 * @param reread the source again, for locating repeated keys in a second read when a uniqueness fails; null to skip
	 *        that (the counterexamples are then those the states kept)
	 */
	public static EngineResult decide(Plan plan, Map<StateKey, MetricState> states, long rows, DataFindings findings,
			org.assay.runtime.scan.RowSource reread, EngineOptions options) {
		String file = plan.source();
		List<Planner.Planned> planned = plan.planned();
		ConstraintResult[] decided = new ConstraintResult[planned.size()];
		// the constraints that read one state are decided one after the other (a state is not read by two threads),
		// different states on up to the pass's threads at once
		Map<StateKey, List<Integer>> byState = new LinkedHashMap<>();
		for (int i = 0; i < planned.size(); i++) {
			Planner.Planned one = planned.get(i);
			if (one.error() != null) {
				decided[i] = ConstraintResult.error(one.spec(), one.spec().source() + ": " + Measures.describe(one.spec())
						+ " cannot be measured: " + one.error());
			} else if (states.get(one.key()) == null) {
				throw new IllegalArgumentException("no state " + one.key().id() + " was computed for " + file);
			} else {
				byState.computeIfAbsent(one.key(), k -> new ArrayList<>()).add(i);
			}
		}
		List<Callable<Void>> tasks = new ArrayList<>();
		for (List<Integer> group : longestFirst(byState)) {
			tasks.add(() -> {
				for (int i : group) {
					decided[i] = result(file, planned.get(i).spec(), states.get(planned.get(i).key()));
				}
				return null;
			});
		}
		decideAll(tasks, Math.min(options.threads(), tasks.size()));
		List<ConstraintResult> results = new ArrayList<>(Arrays.asList(decided));
		if (reread != null) {
			results = Repeats.locate(reread, plan.planned(), results, states, options.threads());
		}
		return new EngineResult(file, rows, results, findings, List.of());
	}

	/**
	 * The groups of constraints by state, longest to decide first: a selection over exact values, then the counts of
	 * exact distinct values, then the others, each in plan order. The pool then starts the longest task at once instead
	 * of leaving it to the end, when the other threads have nothing left to do.
	 */
	static List<List<Integer>> longestFirst(Map<StateKey, List<Integer>> byState) {
		List<List<Integer>> ordered = new ArrayList<>(byState.size());
		for (int cost = 0; cost <= 2; cost++) { // no lambda or stream: their first use costs a fresh JVM milliseconds
			for (Map.Entry<StateKey, List<Integer>> group : byState.entrySet()) {
				if (decidingCost(group.getKey().kind()) == cost) {
					ordered.add(group.getValue());
				}
			}
		}
		return ordered;
	}

	/** 0: reads every exact value (a selection); 1: every distinct value; 2: a few numbers or a sketch. */
	private static int decidingCost(StateKind kind) {
		if (kind == StateKind.KLL || kind == StateKind.VALUES) {
			return 0;
		}
		return kind == StateKind.DISTINCT_VALUES ? 1 : 2;
	}

	/** Runs the tasks on {@code threads} threads (this one alone when 1); a task's exception is rethrown. */
	private static void decideAll(List<Callable<Void>> tasks, int threads) {
		try {
			if (threads <= 1) {
				for (Callable<Void> task : tasks) {
					task.call();
				}
				return;
			}
			ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
				Thread thread = new Thread(runnable, "assay-decide");
				thread.setDaemon(true);
				return thread;
			});
			try {
				for (Future<Void> done : pool.invokeAll(tasks)) {
					done.get();
				}
			} finally {
				pool.shutdownNow();
			}
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while deciding the constraints", e);
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The result of a pass that a file's problems stopped: every constraint an ERROR whose message holds the first
	 * located problem (for other engines, which find such problems their own way).
	 */
	public static EngineResult unreadable(String file, List<ConstraintSpec> constraints, List<DataProblem> problems, long rows,
			DataFindings findings) {
		String reason = problems.get(0).toString() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
		List<ConstraintResult> results = constraints.stream().map(c -> ConstraintResult.error(c, c.source() + ": "
				+ Measures.describe(c) + " cannot be measured: " + file + " cannot be read: " + reason)).toList();
		return new EngineResult(file, rows, results, findings, problems);
	}

	private static ConstraintResult result(String file, ConstraintSpec spec, MetricState state) {
		Tally tally = state.tally();
		Measures.Measured measured;
		try {
			measured = Measures.measure(spec, state);
		} catch (RuntimeException e) {
			return ConstraintResult.error(spec, spec.source() + ": " + Measures.describe(spec) + " could not be measured: " + e);
		}
		Measurement measurement = measured.measurement();
		if (spec.criteria().isEmpty()) {
			return ConstraintResult.error(spec, spec.source() + ": " + Measures.describe(spec) + " has no bound to decide on");
		}
		Verdict verdict = Criteria.decide(spec.criteria(), measurement.interval());
		List<Examples.Example> examples = measured.examples();
		String why = "";
		if (spec.nulls() == NullPolicy.INVALID && FAILED_BY_NULLS.contains(spec.statistic()) && tally.nulls() + tally.nans() > 0) {
			verdict = Verdict.FAIL;
			examples = tally.missing().list();
			why = " — " + (tally.nulls() + tally.nans()) + " null/NaN cell(s) met, which 'nulls invalid' forbids";
		} else if (verdict == Verdict.PASS && (spec.statistic() == Statistic.MINIMUM || spec.statistic() == Statistic.MAXIMUM)) {
			examples = List.of();
		} else if (verdict == Verdict.NO_DATA) {
			why = " — no value to measure (" + tally.rows() + " row(s), " + tally.nulls() + " null, " + tally.nans() + " NaN, "
					+ tally.invalid() + " invalid)";
		}
		var interval = measurement.interval();
		String value = Double.isNaN(interval.estimate()) ? "no value"
				: interval.lower() == interval.upper() ? Measures.fmt(interval.estimate())
						: Measures.fmt(interval.estimate()) + " [" + Measures.fmt(interval.lower()) + ", "
								+ Measures.fmt(interval.upper()) + "] (" + Measures.fixed(100 * interval.confidence(), 0) + " %)";
		// concatenated, not String.format: a formatter's first use cost a fresh JVM's first verification about 10 ms
		String message = Measures.describe(spec) + " = " + value + ", required " + criteria(spec.criteria()) + ": " + verdict
				+ why + "; " + tally.rows() + " row(s), " + tally.nulls() + " null, " + tally.nans() + " NaN, " + tally.invalid()
				+ " invalid";
		List<Counterexample> counterexamples = examples.stream()
				.map(e -> new Counterexample(e.row() + 1, e.line(), e.values())).toList();
		return new ConstraintResult(spec, measurement, verdict, message, tally.rows(), tally.nulls(), tally.nans(),
				tally.invalid(), counterexamples);
	}

	/** What a constraint measures, for people: {@code mean of score}, {@code share of rows where …}. */
	public static String describe(ConstraintSpec constraint) {
		return Measures.describe(constraint);
	}

	/** The criteria as written: {@code > 0.45 and < 0.55}. */
	public static String criteria(List<Criterion> criteria) {
		return Criteria.text(criteria);
	}
}
