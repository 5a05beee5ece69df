package org.assay.runtime.monitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.ProjectPaths;
import org.assay.runtime.drift.Drift;
import org.assay.runtime.options.Options;
import org.assay.runtime.spec.DatasetSpec;

/**
 * Runtime monitoring of a deployed model, declared by generated code: a service passes each live batch (numeric
 * features by name, and the top-class confidence of each prediction) to {@link #observe}; drift and confidence
 * statistics are computed over tumbling windows, compared with warn and fail levels, and the declared actions run
 * (override {@link #alert}, {@link #fallback}, … in the hand-written subclass to connect them to the service).
 */
public abstract class AssayMonitor {

	private static final Logger LOG = Logger.getLogger(AssayMonitor.class.getName());

	/** Severity of a window's statistic. */
	public enum Level {
		OK, WARN, FAIL
	}

	/** The drift statistics a monitor computes. */
	public enum Statistic {
		PSI, KS_STATISTIC
	}

	/** What a reaction does. */
	public enum ActionKind {
		ALERT, LOG, FALLBACK, RETRAIN, BLOCK
	}

	/** A drift check: statistic ({@code psi}, {@code ks_statistic}) per feature over windows of live rows. */
	public record DriftWatch(String statistic, List<String> features, int window, double warn, double fail, String source) {
		public DriftWatch {
			located(source, () -> Options.parse(Statistic.class, statistic, "drift statistic"));
			if (window < 1) {
				throw new IllegalArgumentException(source + ": a drift window needs at least 1 row, not " + window);
			}
		}

		Statistic kind() {
			return Options.parse(Statistic.class, statistic, "drift statistic");
		}
	}

	/** A confidence check: share of predictions with confidence below {@code below}, per window. */
	public record ConfidenceWatch(double below, int window, Double warnRate, double failRate, String source) {
		public ConfidenceWatch {
			if (window < 1) {
				throw new IllegalArgumentException(source + ": a confidence window needs at least 1 prediction, not " + window);
			}
		}
	}

	/** A declared action: {@code alert}, {@code log}, {@code fallback "target"}, {@code retrain}, {@code block}. */
	public record Action(String kind, String argument) {
		public Action {
			Options.parse(ActionKind.class, kind, "monitor action");
		}

		ActionKind action() {
			return Options.parse(ActionKind.class, kind, "monitor action");
		}
	}

	private static void located(String source, Runnable check) {
		try {
			check.run();
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
		}
	}

	/** What a completed window showed. */
	public record Event(String monitor, String check, String source, Level level, double value, String message) {
	}

	private final Map<String, double[]> reference;
	private final Map<String, double[]> driftBuffers = new HashMap<>();
	private final Map<String, Integer> driftFill = new HashMap<>();
	private final Map<ConfidenceWatch, double[]> confidenceBuffers = new HashMap<>();
	private final Map<ConfidenceWatch, Integer> confidenceFill = new HashMap<>();

	/** @param reference the training data's values per numeric feature, the baseline of drift statistics */
	protected AssayMonitor(Map<String, double[]> reference) {
		this.reference = new LinkedHashMap<>(reference);
	}

	/** The numeric columns of a pipeline's dataset file, as the reference of drift checks. */
	public static Map<String, double[]> referenceFrom(Path project, DatasetSpec dataset) {
		Path file;
		try {
			file = ProjectPaths.resolve(project, dataset.path(), dataset.external(), "data file");
		} catch (ProjectPaths.OutsideProjectException e) {
			throw new IllegalStateException(dataset.source() + ": " + e.getMessage());
		}
		CsvLoader.Result loaded = CsvLoader.load(file, dataset.schema());
		if (!loaded.isUsable()) {
			throw new IllegalStateException(dataset.source() + ": reference data unusable: " + loaded.fatalProblems());
		}
		var findings = loaded.findings().named(dataset.path());
		if (!findings.nothingFound()) { // values outside the declaration are read as missing: never silently
			LOG.warning(() -> dataset.source() + ": reference data " + findings.headline() + "\n  "
					+ String.join("\n  ", findings.describe()));
		}
		Map<String, double[]> columns = new LinkedHashMap<>();
		for (Column column : dataset.schema().features()) {
			if (column.isNumeric()) {
				columns.put(column.name(), loaded.table().numeric(column.name()));
			}
		}
		return columns;
	}

	protected abstract String name();

	protected abstract List<DriftWatch> driftWatches();

	protected abstract List<ConfidenceWatch> confidenceWatches();

	/** The actions per level. */
	protected abstract Map<Level, List<Action>> reactions();

	/**
	 * Observes one live batch. {@code features}: numeric values by feature name (all of one length);
	 * {@code confidences}: the top-class probability of each row's prediction (null when not available). Returns the
	 * events of the windows this batch completed (OK ones included).
	 */
	public synchronized List<Event> observe(Map<String, double[]> features, double[] confidences) {
		List<Event> events = new ArrayList<>();
		List<DriftWatch> drifts = driftWatches();
		for (int w = 0; w < drifts.size(); w++) {
			DriftWatch watch = drifts.get(w);
			for (String feature : watch.features()) {
				double[] values = features.get(feature);
				if (values == null) {
					continue;
				}
				String key = w + ":" + feature;
				double[] buffer = driftBuffers.computeIfAbsent(key, k -> new double[watch.window()]);
				int fill = driftFill.getOrDefault(key, 0);
				for (double value : values) {
					buffer[fill++] = value;
					if (fill == watch.window()) {
						events.add(driftEvent(watch, feature, buffer));
						fill = 0;
					}
				}
				driftFill.put(key, fill);
			}
		}
		if (confidences != null) {
			for (ConfidenceWatch watch : confidenceWatches()) {
				double[] buffer = confidenceBuffers.computeIfAbsent(watch, w -> new double[w.window()]);
				int fill = confidenceFill.getOrDefault(watch, 0);
				for (double confidence : confidences) {
					buffer[fill++] = confidence;
					if (fill == watch.window()) {
						events.add(confidenceEvent(watch, buffer));
						fill = 0;
					}
				}
				confidenceFill.put(watch, fill);
			}
		}
		for (Event event : events) {
			if (event.level() != Level.OK) {
				react(event);
			}
		}
		return events;
	}

	private Event driftEvent(DriftWatch watch, String feature, double[] window) {
		double[] baseline = reference.get(feature);
		double value = switch (watch.kind()) {
		case PSI -> Drift.psi(baseline, window, 10);
		case KS_STATISTIC -> Drift.kolmogorovSmirnov(baseline, window).statistic();
		};
		Level level = value >= watch.fail() ? Level.FAIL : value >= watch.warn() ? Level.WARN : Level.OK;
		return new Event(name(), watch.statistic() + " on " + feature, watch.source(), level, value,
				String.format("%s of %s over the last %d rows is %.4f (warn %.4g, fail %.4g): %s", watch.statistic(), feature,
						window.length, value, watch.warn(), watch.fail(), level));
	}

	private Event confidenceEvent(ConfidenceWatch watch, double[] window) {
		double rate = Arrays.stream(window).filter(c -> c < watch.below()).count() / (double) window.length;
		Level level = rate > watch.failRate() ? Level.FAIL
				: watch.warnRate() != null && rate > watch.warnRate() ? Level.WARN : Level.OK;
		return new Event(name(), "confidence below " + watch.below(), watch.source(), level, rate,
				String.format("%.2f %% of the last %d predictions had confidence below %.4g (fail above %.2f %%): %s", rate * 100,
						window.length, watch.below(), watch.failRate() * 100, level));
	}

	private void react(Event event) {
		for (Action action : reactions().getOrDefault(event.level(), List.of())) {
			switch (action.action()) {
			case ALERT -> alert(event);
			case LOG -> log(event);
			case FALLBACK -> fallback(action.argument(), event);
			case RETRAIN -> retrain(event);
			case BLOCK -> block(event);
			}
		}
	}

	/** Raises an alert; by default logged as a warning. Override to page someone. */
	protected void alert(Event event) {
		LOG.warning(() -> "ALERT " + event.monitor() + " [" + event.source() + "]: " + event.message());
	}

	protected void log(Event event) {
		LOG.info(() -> event.monitor() + " [" + event.source() + "]: " + event.message());
	}

	/** Switches the service to the declared fallback; override to do so (by default only logged). */
	protected void fallback(String target, Event event) {
		LOG.warning(() -> event.monitor() + ": fallback to " + target + " requested: " + event.message());
	}

	protected void retrain(Event event) {
		LOG.warning(() -> event.monitor() + ": retraining requested: " + event.message());
	}

	protected void block(Event event) {
		LOG.severe(() -> event.monitor() + ": predictions blocked: " + event.message());
	}
}
