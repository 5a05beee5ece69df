package org.assay.dsl.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.model.AdversarialTest;
import org.assay.model.Catalogue;
import org.assay.model.DataQualityTest;
import org.assay.model.DriftCheck;
import org.assay.model.DriftTest;
import org.assay.model.FairnessTest;
import org.assay.model.Hazard;
import org.assay.model.InvarianceTest;
import org.assay.model.LifecycleStage;
import org.assay.model.Monitor;
import org.assay.model.NamedElement;
import org.assay.model.NoiseRobustnessTest;
import org.assay.model.Project;
import org.assay.model.RiskLevel;
import org.assay.model.RiskPattern;
import org.assay.model.SliceTest;
import org.assay.model.TestCase;
import org.assay.model.TestPattern;
import org.assay.model.TestSuite;

/**
 * The risk table in force (docs/risk-depth.md): the rows of the shipped catalogue, replaced row by row (by name) by
 * the rows of user catalogues and then of the project. A hazard's risk score, severity rank × likelihood rank (1 to
 * 25), falls into the first row whose score range holds it; that row sets the least confidence of the tests of the
 * requirements that mitigate the hazard and the kinds of test they must have between them. Pure: validation and the
 * report read the same rules here.
 */
public final class RiskTable {

	private final List<RiskLevel> rows;

	private RiskTable(List<RiskLevel> rows) {
		this.rows = List.copyOf(rows);
	}

	/**
	 * The table of the given rows, lowest precedence first: each later list replaces the rows of the same name and adds
	 * rows of new names (at the end).
	 */
	@SafeVarargs
	public static RiskTable of(List<RiskLevel>... layers) {
		List<RiskLevel> rows = new ArrayList<>();
		for (List<RiskLevel> layer : layers) {
			for (RiskLevel row : layer) {
				int same = indexOf(rows, row.getName());
				if (same >= 0) {
					rows.set(same, row);
				} else {
					rows.add(row);
				}
			}
		}
		return new RiskTable(rows);
	}

	private static int indexOf(List<RiskLevel> rows, String name) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getName() != null && rows.get(i).getName().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	/** The rows in force, in table order. */
	public List<RiskLevel> rows() {
		return rows;
	}

	/** The level of a risk score, or null when no row covers it. */
	public RiskLevel levelOf(int score) {
		return rows.stream().filter(r -> r.getLowest() <= score && score <= r.getHighest()).findFirst().orElse(null);
	}

	/** The level of a hazard, or null when its severity or likelihood is missing or no row covers its score. */
	public RiskLevel levelOf(Hazard hazard) {
		if (!hazard.isSetSeverity() || !hazard.isSetLikelihood()) {
			return null;
		}
		return levelOf(hazard.getRiskScore());
	}

	/** {@code severity major 3 × likelihood probable 4 = 12}. */
	public static String describeRisk(Hazard hazard) {
		return "severity " + hazard.getSeverity().getLiteral() + " " + (hazard.getSeverity().getValue() + 1) + " × likelihood "
				+ hazard.getLikelihood().getLiteral() + " " + (hazard.getLikelihood().getValue() + 1) + " = "
				+ hazard.getRiskScore();
	}

	/** {@code score 10 .. 16 in catalogue RiskDepth} or {@code … in project Credit}: where a row comes from. */
	public static String describeRow(RiskLevel level) {
		String owner = level.eContainer() instanceof Project p ? "project " + p.getName()
				: level.eContainer() instanceof Catalogue c ? "catalogue " + c.getName() : "the model";
		return "score " + level.getLowest() + " .. " + level.getHighest() + " in " + owner;
	}

	/** A fraction as a percentage without needless digits: 0.99 → {@code 99 %}, 0.999 → {@code 99.9 %}. */
	public static String percent(double fraction) {
		String text = String.format(Locale.ROOT, "%.4f", fraction * 100).replaceFirst("\\.?0+$", "");
		return text + " %";
	}

	/**
	 * Whether a test's verdict rests on a confidence interval, so that its confidence level means something: every
	 * pattern but data checks, whose values are exact counts over the whole data (docs/intervals.md).
	 */
	public static boolean usesInterval(TestCase test) {
		return !(test.getPattern() instanceof DataQualityTest);
	}

	/** Whether a test is of a kind the pattern asks for (monitors are matched by {@link #watches}). */
	public static boolean isOf(TestCase test, RiskPattern pattern) {
		TestPattern p = test.getPattern();
		return switch (pattern) {
		case SLICE -> p instanceof SliceTest;
		case FAIRNESS -> p instanceof FairnessTest;
		case ROBUSTNESS -> p instanceof NoiseRobustnessTest || p instanceof AdversarialTest || p instanceof InvarianceTest;
		case ADVERSARIAL -> p instanceof AdversarialTest;
		case DRIFT -> p instanceof DriftTest;
		case MONITOR -> false;
		};
	}

	/**
	 * Whether a monitor gives what the pattern asks for, for tests of the given suites' pipelines: a monitor with
	 * checks watching one of those pipelines (or naming none, so watching the deployed one) for {@code monitor}; one
	 * with a drift check for {@code drift}.
	 */
	public static boolean watches(Monitor monitor, RiskPattern pattern, List<TestCase> tests) {
		if (pattern != RiskPattern.MONITOR && pattern != RiskPattern.DRIFT || monitor.getChecks().isEmpty()) {
			return false;
		}
		boolean pipeline = monitor.getPipeline() == null || tests.stream().anyMatch(t -> t.eContainer() instanceof TestSuite s
				&& s.getPipeline() == monitor.getPipeline());
		return pipeline && (pattern == RiskPattern.MONITOR || monitor.getChecks().stream().anyMatch(DriftCheck.class::isInstance));
	}

	/** What satisfies a pattern, in words for messages: {@code a 'robustness', 'adversarial' or 'invariance' test}. */
	public static String satisfiedBy(RiskPattern pattern) {
		return switch (pattern) {
		case SLICE -> "a slice test ('threshold METRIC on worst slice' or 'on each slice')";
		case FAIRNESS -> "a 'fairness' test";
		case ROBUSTNESS -> "a 'robustness', 'adversarial' or 'invariance' test";
		case ADVERSARIAL -> "an 'adversarial' test";
		case DRIFT -> "a 'drift' test or a monitor with a drift check";
		case MONITOR -> "a monitor with checks that watches the tested pipeline";
		};
	}

	/**
	 * The life cycle stage a test gives evidence in: its own, else verification for a suite's test and development
	 * for a dataset's check (data preparation belongs to design and development in ISO/IEC 22989).
	 */
	public static LifecycleStage stage(TestCase test) {
		if (test.isSetPhase()) {
			return test.getPhase();
		}
		return test.eContainer() instanceof TestSuite ? LifecycleStage.VERIFICATION : LifecycleStage.DEVELOPMENT;
	}

	/** The life cycle stage a monitor watches: its own, else operation. */
	public static LifecycleStage stage(Monitor monitor) {
		return monitor.isSetPhase() ? monitor.getPhase() : LifecycleStage.OPERATION;
	}

	/** The names of elements, comma-separated: {@code R1, R2}. */
	public static String names(List<? extends NamedElement> elements) {
		return String.join(", ", elements.stream().map(NamedElement::getName).toList());
	}
}
