package org.assay.trace.score;

import static org.assay.dsl.catalogue.MlTestItem.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

import org.assay.dsl.catalogue.MlTestItem;
import org.assay.model.ActionKind;
import org.assay.model.BaselineComparisonTest;
import org.assay.model.ConfidenceCheck;
import org.assay.model.DataQualityTest;
import org.assay.model.DirectionalTest;
import org.assay.model.DriftCheck;
import org.assay.model.DriftTest;
import org.assay.model.FairnessTest;
import org.assay.model.Monitor;
import org.assay.model.MonitorCheck;
import org.assay.model.Pipeline;
import org.assay.model.PretrainedModel;
import org.assay.model.SliceTest;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;

/**
 * THE table of the ML Test Score: for each of the paper's 28 tests, the Assay construct that covers it automatically
 * (a test pattern, a data constraint, a pipeline feature of the tested pipeline, or a monitor check), or none — then
 * only a {@code review} (half a point) can. docs/ml-test-score.md prints this table; keep the two in step.
 */
public final class ScoreMapping {

	/**
	 * What covers an item.
	 *
	 * @param construct the Assay construct, as the docs and the CLI name it
	 * @param tests which test cases cover it (their latest result must be recent); null when no test can
	 * @param checks which monitor checks cover it (in a monitor that watches a pipeline and reacts); null when none can
	 * @param effort how much it takes to add: 1 one line in an existing suite or dataset, 2 a pipeline or monitor change;
	 *        items without a construct cost 3 (a manual review)
	 */
	public record Cover(String construct, Predicate<TestCase> tests, MonitorRule checks, int effort) {

		/** Whether any construct of Assay can cover the item automatically. */
		public boolean automatable() {
			return tests != null || checks != null;
		}
	}

	/** A monitor check that covers an item, seen with its monitor. */
	@FunctionalInterface
	public interface MonitorRule {
		boolean covers(Monitor monitor, MonitorCheck check);
	}

	/** The cost of an item no construct covers: a documented manual check. */
	public static final int REVIEW_EFFORT = 3;

	private static final Cover NONE = new Cover(null, null, null, REVIEW_EFFORT);

	private static final Map<MlTestItem, Cover> TABLE = new EnumMap<>(MlTestItem.class);

	static {
		TABLE.put(DATA_1, tests("a `data` test or a dataset `check` (a data constraint over the declared schema)",
				t -> t.getPattern() instanceof DataQualityTest, 1));
		TABLE.put(DATA_2, tests("a `directional` test (how raising a feature moves the prediction)",
				t -> t.getPattern() instanceof DirectionalTest, 1));
		TABLE.put(DATA_3, NONE);
		TABLE.put(DATA_4, NONE);
		TABLE.put(DATA_5, NONE);
		TABLE.put(DATA_6, NONE);
		TABLE.put(DATA_7, NONE);
		TABLE.put(MODEL_1, NONE);
		TABLE.put(MODEL_2, NONE);
		TABLE.put(MODEL_3, NONE);
		TABLE.put(MODEL_4, NONE);
		TABLE.put(MODEL_5, tests("a `baseline comparison` test (the model against a simpler baseline)",
				t -> t.getPattern() instanceof BaselineComparisonTest, 1));
		TABLE.put(MODEL_6, tests("a slice test (`threshold METRIC on each|worst slice of …`)",
				t -> t.getPattern() instanceof SliceTest, 1));
		TABLE.put(MODEL_7, tests("a `fairness` test (a metric per group of a protected feature)",
				t -> t.getPattern() instanceof FairnessTest, 1));
		TABLE.put(INFRA_1, tests("a test of a pipeline whose `train` line fixes a `seed`",
				t -> pipeline(t) != null && pipeline(t).getTraining() != null && pipeline(t).getTraining().getSeed() != null, 2));
		TABLE.put(INFRA_2, NONE);
		TABLE.put(INFRA_3, tests("a test in a suite that `tests` a pipeline with a model (it runs load, prepare, train, evaluate)",
				t -> pipeline(t) != null && pipeline(t).getModel() != null, 1));
		TABLE.put(INFRA_4, tests("a test of a pipeline whose model is the `pretrained` artifact that is served",
				t -> pipeline(t) != null && pipeline(t).getModel() instanceof PretrainedModel, 2));
		TABLE.put(INFRA_5, NONE);
		TABLE.put(INFRA_6, NONE);
		TABLE.put(INFRA_7, NONE);
		TABLE.put(MONITOR_1, NONE);
		TABLE.put(MONITOR_2, monitor("a monitor `drift` check on the live inputs", (m, c) -> c instanceof DriftCheck));
		TABLE.put(MONITOR_3, tests("a `drift` test between the training data and the data as served",
				t -> t.getPattern() instanceof DriftTest, 1));
		TABLE.put(MONITOR_4, monitor("a monitor that reacts with `retrain`", (m, c) -> m.getReactions().stream()
				.flatMap(r -> r.getActions().stream()).anyMatch(a -> a.getKind() == ActionKind.RETRAIN)));
		TABLE.put(MONITOR_5, NONE);
		TABLE.put(MONITOR_6, NONE);
		TABLE.put(MONITOR_7, monitor("a monitor `confidence` check on the live predictions",
				(m, c) -> c instanceof ConfidenceCheck));
	}

	private ScoreMapping() {
	}

	/** What covers an item. */
	public static Cover of(MlTestItem item) {
		return TABLE.get(item);
	}

	private static Cover tests(String construct, Predicate<TestCase> tests, int effort) {
		return new Cover(construct, tests, null, effort);
	}

	private static Cover monitor(String construct, MonitorRule rule) {
		return new Cover(construct, null, rule, 2);
	}

	/** The pipeline a test's suite tests, or null (a dataset's check, a suite without {@code tests}). */
	static Pipeline pipeline(TestCase test) {
		return test.eContainer() instanceof TestSuite suite && suite.getPipeline() != null && !suite.getPipeline().eIsProxy()
				? suite.getPipeline()
				: null;
	}
}
