package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.NAMED_ELEMENT__NAME;
import static org.assay.model.AssayPackage.Literals.RISK_LEVEL__HIGHEST;
import static org.assay.model.AssayPackage.Literals.RISK_LEVEL__LOWEST;
import static org.assay.model.AssayPackage.Literals.RISK_LEVEL__MIN_CONFIDENCE;
import static org.assay.model.AssayPackage.Literals.TEST_CASE__CONFIDENCE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assay.dsl.semantics.Defaults;
import org.assay.dsl.semantics.RiskTable;
import org.assay.model.Hazard;
import org.assay.model.Requirement;
import org.assay.model.RiskLevel;
import org.assay.model.RiskPattern;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * Risk drives test depth (docs/risk-depth.md): the risk level of a hazard (from the risk table in force, {@link
 * RiskTable}) sets the least confidence of every test of the requirements that mitigate it, and the kinds of test
 * those requirements must have between them. Shortfalls are warnings: the models still run, but the evidence is
 * thinner than the risk asks for.
 */
public class RiskDepthValidator extends AssayCheckBase {

	/** Confidence levels are written in percent; 95 % is 0.95 give or take the last bit. */
	private static final double EPSILON = 1e-9;

	@Inject
	private RiskFacts facts;

	@Check
	public void checkLevel(RiskLevel level) {
		if (level.getLowest() < 1 || level.getLowest() > 25) {
			error("Risk level '" + level.getName() + "' starts at score " + level.getLowest() + ", but risk scores run from 1 "
					+ "(negligible × improbable) to 25 (catastrophic × frequent). Write a lowest score from 1 to 25.", level,
					RISK_LEVEL__LOWEST, IssueCodes.RISK_LEVEL_INVALID);
		} else if (level.getHighest() < level.getLowest() || level.getHighest() > 25) {
			error("Risk level '" + level.getName() + "' ends at score " + level.getHighest() + ": write a highest score from "
					+ level.getLowest() + " (its lowest) to 25.", level, RISK_LEVEL__HIGHEST, IssueCodes.RISK_LEVEL_INVALID);
		}
		Double confidence = level.getMinConfidence();
		if (confidence != null && (confidence <= 0 || confidence >= 1)) {
			error("Risk level '" + level.getName() + "' asks for confidence " + RiskTable.percent(confidence) + ": a "
					+ "confidence level lies strictly between 0 and 100 %; write for example 'confidence 99 %'.", level,
					RISK_LEVEL__MIN_CONFIDENCE, IssueCodes.RISK_LEVEL_INVALID);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkOverlap(RiskLevel level) {
		RiskTable table = facts.of(level.eResource()).table();
		if (!table.rows().contains(level)) {
			return; // replaced by a project's row of the same name
		}
		for (RiskLevel other : table.rows()) {
			if (other != level && other.getLowest() <= level.getHighest() && level.getLowest() <= other.getHighest()) {
				warning("Risk level '" + level.getName() + "' (score " + level.getLowest() + " .. " + level.getHighest()
						+ ") overlaps level '" + other.getName() + "' (" + RiskTable.describeRow(other) + "): a hazard with "
						+ "score " + Math.max(level.getLowest(), other.getLowest()) + " would get only the first of them. Change "
						+ "this level's score range, or write a row '" + other.getName() + "' in the project that replaces the "
						+ "other one.", level, NAMED_ELEMENT__NAME, IssueCodes.RISK_LEVEL_OVERLAP);
				return;
			}
		}
	}

	/** Every test of a mitigating requirement reaches the least confidence of the strictest hazard it serves. */
	@Check(CheckType.NORMAL)
	public void checkConfidence(TestCase test) {
		if (!RiskTable.usesInterval(test)) {
			return;
		}
		RiskTable table = facts.of(test.eResource()).table();
		double confidence = Defaults.confidence(test);
		Hazard worst = null;
		Requirement via = null;
		RiskLevel worstLevel = null;
		for (Requirement requirement : test.getVerifies()) {
			if (!isResolved(requirement)) {
				continue;
			}
			for (Hazard hazard : requirement.getMitigates()) {
				RiskLevel level = isResolved(hazard) ? table.levelOf(hazard) : null;
				if (level != null && level.getMinConfidence() != null && confidence < level.getMinConfidence() - EPSILON
						&& (worstLevel == null || level.getMinConfidence() > worstLevel.getMinConfidence())) {
					worst = hazard;
					via = requirement;
					worstLevel = level;
				}
			}
		}
		if (worst == null) {
			return;
		}
		String needed = RiskTable.percent(worstLevel.getMinConfidence());
		warning("Hazard '" + worst.getName() + "' has risk level " + worstLevel.getName() + " (" + RiskTable.describeRisk(worst)
				+ "; " + RiskTable.describeRow(worstLevel) + "): its mitigating requirement '" + via.getName()
				+ "' is tested by '" + test.getName() + "' at confidence " + RiskTable.percent(confidence)
				+ (test.getConfidence() == null ? " (the default)" : "") + ", but risk level " + worstLevel.getName()
				+ " requires at least " + needed + ". Write 'confidence " + needed + "' in test " + test.getName()
				+ " (its interval widens, so small data may give INCONCLUSIVE), or, if the hazard is rated too high, correct "
				+ "its severity or likelihood.", test, test.getConfidence() == null ? NAMED_ELEMENT__NAME : TEST_CASE__CONFIDENCE,
				IssueCodes.RISK_CONFIDENCE_SHORTFALL);
	}

	/** The mitigating requirements of a hazard have, between them, a test of each kind its risk level requires. */
	@Check(CheckType.NORMAL)
	public void checkPatterns(Hazard hazard) {
		RiskFacts.Facts project = facts.of(hazard.eResource());
		RiskLevel level = project.table().levelOf(hazard);
		if (level == null || level.getRequiredPatterns().isEmpty()) {
			return;
		}
		List<Requirement> mitigating = project.mitigating(hazard);
		if (mitigating.isEmpty()) {
			return; // hazardNotMitigated says so
		}
		List<TestCase> tests = project.testsOf(mitigating);
		Set<RiskPattern> missing = new LinkedHashSet<>();
		for (RiskPattern pattern : level.getRequiredPatterns()) {
			boolean tested = tests.stream().anyMatch(t -> RiskTable.isOf(t, pattern));
			boolean watched = project.monitors().stream().anyMatch(m -> RiskTable.watches(m, pattern, tests));
			if (!tested && !watched) {
				missing.add(pattern);
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		List<String> wanted = new ArrayList<>();
		missing.forEach(p -> wanted.add(RiskTable.satisfiedBy(p)));
		warning("Hazard '" + hazard.getName() + "' has risk level " + level.getName() + " (" + RiskTable.describeRisk(hazard)
				+ "; " + RiskTable.describeRow(level) + "), which requires " + literals(level.getRequiredPatterns())
				+ " evidence for the requirements that mitigate it (" + RiskTable.names(mitigating) + "), but "
				+ (tests.isEmpty() ? "no test verifies them" : "none of their " + tests.size() + " test(s) is " + literals(missing))
				+ ". Add " + String.join("; and ", wanted) + where(mitigating, tests, missing) + ", or, if the hazard is rated "
				+ "too high, correct its severity or likelihood.", hazard, NAMED_ELEMENT__NAME, IssueCodes.RISK_PATTERN_MISSING);
	}

	private static String where(List<Requirement> mitigating, List<TestCase> tests, Set<RiskPattern> missing) {
		String verifying = " verifying " + mitigating.get(0).getName();
		if (missing.contains(RiskPattern.MONITOR) || missing.contains(RiskPattern.DRIFT)) {
			String pipeline = tests.stream().filter(t -> t.eContainer() instanceof TestSuite s && s.getPipeline() != null)
					.map(t -> ((TestSuite) t.eContainer()).getPipeline().getName()).findFirst().orElse(null);
			return verifying + (pipeline == null ? "" : " (a monitor: 'monitor NAME watches " + pipeline + " { … }')");
		}
		return verifying;
	}

	private static String literals(java.util.Collection<RiskPattern> patterns) {
		return String.join(" and ", patterns.stream().map(RiskPattern::getLiteral).distinct().toList());
	}
}
