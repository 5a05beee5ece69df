package org.assay.trace.annex;

import static org.assay.trace.annex.EntryBuilder.interval;
import static org.assay.trace.annex.EntryBuilder.orEmpty;
import static org.assay.trace.annex.EntryBuilder.written;

import java.util.ArrayList;
import java.util.List;

import org.assay.dsl.ElementNames;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.Requirement;

/**
 * The declared levels of accuracy, robustness and fairness (Art. 15(3); Art. 13(3)(b)(ii); Annex IV 3): each
 * requirement's acceptance criteria as written (metric, group, data, perturbation, bound) next to what each test that
 * verifies the requirement measured, with its interval and verdict.
 */
final class DeclaredLevels {

	static final List<String> COLUMNS = List.of("Requirement", "Declared (criterion as written)", "Group", "Test",
			"Measured [interval]", "Verdict", "Run started");

	private DeclaredLevels() {
	}

	static List<List<String>> table(List<Requirement> requirements, TestEvidence evidence) {
		List<List<String>> rows = new ArrayList<>();
		for (Requirement requirement : requirements) {
			String name = ElementNames.qualified(requirement) + (requirement.getTitle() == null ? "" : " — " + requirement.getTitle());
			List<TestEvidence.Row> tests = evidence.rows().stream().filter(r -> r.test().getVerifies().contains(requirement))
					.toList();
			for (AcceptanceCriterion criterion : requirement.getCriteria()) {
				String group = criterion.getGroupedBy() == null ? "" : "by " + criterion.getGroupedBy().getName();
				if (tests.isEmpty()) {
					rows.add(List.of(name, written(criterion), group, "no test verifies it", "—", "UNVERIFIED", ""));
				}
				for (TestEvidence.Row test : tests) {
					boolean measured = test.result() != null;
					rows.add(List.of(name, written(criterion), group, test.name(),
							measured ? interval(test.result().value(), test.result().lower(), test.result().upper()) : "—",
							measured && test.node() != null ? orEmpty(test.node().status()) : "MISSING",
							measured ? evidence.started(test.result().run()) : ""));
				}
			}
		}
		return rows;
	}
}
