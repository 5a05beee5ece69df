package org.assay.dsl.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 28 tests of the ML Test Score (E. Breck, S. Cai, E. Nielsen, M. Salib, D. Sculley: "The ML Test Score: A Rubric
 * for ML Production Readiness and Technical Debt Reduction", IEEE BigData 2017), seven per section, with the ids a
 * {@code review} names them by: {@code mltest.data.1} … {@code mltest.monitor.7}. What in Assay covers each one is the
 * score evaluator's table (org.assay.trace.score.ScoreMapping).
 */
public enum MlTestItem {

	DATA_1(Section.DATA, 1, "Feature expectations are captured in a schema"),
	DATA_2(Section.DATA, 2, "All features are beneficial"),
	DATA_3(Section.DATA, 3, "No feature's cost is too much"),
	DATA_4(Section.DATA, 4, "Features adhere to meta-level requirements"),
	DATA_5(Section.DATA, 5, "The data pipeline has appropriate privacy controls"),
	DATA_6(Section.DATA, 6, "New features can be added quickly"),
	DATA_7(Section.DATA, 7, "All input feature code is tested"),
	MODEL_1(Section.MODEL, 1, "Model specs are reviewed and submitted"),
	MODEL_2(Section.MODEL, 2, "Offline and online metrics correlate"),
	MODEL_3(Section.MODEL, 3, "All hyperparameters have been tuned"),
	MODEL_4(Section.MODEL, 4, "The impact of model staleness is known"),
	MODEL_5(Section.MODEL, 5, "A simpler model is not better"),
	MODEL_6(Section.MODEL, 6, "Model quality is sufficient on important data slices"),
	MODEL_7(Section.MODEL, 7, "The model is tested for considerations of inclusion"),
	INFRA_1(Section.INFRA, 1, "Training is reproducible"),
	INFRA_2(Section.INFRA, 2, "Model specs are unit tested"),
	INFRA_3(Section.INFRA, 3, "The ML pipeline is integration tested"),
	INFRA_4(Section.INFRA, 4, "Model quality is validated before serving"),
	INFRA_5(Section.INFRA, 5, "The model is debuggable"),
	INFRA_6(Section.INFRA, 6, "Models are canaried before serving"),
	INFRA_7(Section.INFRA, 7, "Serving models can be rolled back"),
	MONITOR_1(Section.MONITOR, 1, "Dependency changes result in notification"),
	MONITOR_2(Section.MONITOR, 2, "Data invariants hold for inputs"),
	MONITOR_3(Section.MONITOR, 3, "Training and serving are not skewed"),
	MONITOR_4(Section.MONITOR, 4, "Models are not too stale"),
	MONITOR_5(Section.MONITOR, 5, "Models are numerically stable"),
	MONITOR_6(Section.MONITOR, 6, "Computing performance has not regressed"),
	MONITOR_7(Section.MONITOR, 7, "Prediction quality has not regressed");

	/** The paper's four sections, in its order. */
	public enum Section {
		DATA("data", "Data"), MODEL("model", "Model"), INFRA("infra", "ML Infrastructure"), MONITOR("monitor", "Monitoring");

		private final String key;
		private final String title;

		Section(String key, String title) {
			this.key = key;
			this.title = title;
		}

		/** The middle part of an item id: {@code data}, {@code model}, {@code infra}, {@code monitor}. */
		public String key() {
			return key;
		}

		public String title() {
			return title;
		}
	}

	/** The prefix of every item id. */
	public static final String PREFIX = "mltest";

	private final Section section;
	private final int number;
	private final String title;

	MlTestItem(Section section, int number, String title) {
		this.section = section;
		this.number = number;
		this.title = title;
	}

	public Section section() {
		return section;
	}

	/** 1 to 7 within its section. */
	public int number() {
		return number;
	}

	/** The test's name in the paper. */
	public String title() {
		return title;
	}

	/** {@code mltest.<section>.<number>}, e.g. {@code mltest.data.1}. */
	public String id() {
		return PREFIX + "." + section.key() + "." + number;
	}

	/** The paper's label, e.g. {@code Data 1}, {@code Monitor 7}. */
	public String label() {
		String name = section == Section.INFRA ? "Infra" : section == Section.MONITOR ? "Monitor"
				: section.title();
		return name + " " + number;
	}

	/** The item an id names (case-insensitive, spaces ignored), if any. */
	public static Optional<MlTestItem> of(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String wanted = id.replace(" ", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(i -> i.id().equals(wanted)).findFirst();
	}

	/** Every valid id, for messages: {@code mltest.data.1 … mltest.data.7, mltest.model.1 …}. */
	public static String validIds() {
		return Arrays.stream(Section.values()).map(s -> PREFIX + "." + s.key() + ".1 … " + PREFIX + "." + s.key() + ".7")
				.collect(Collectors.joining(", "));
	}
}
