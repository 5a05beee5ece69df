package org.assay.dsl.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.assay.dsl.init.Plan.Declared;
import org.assay.runtime.profile.InferredColumn.Type;
import org.assay.runtime.profile.Suggestions;

/**
 * The requirements of a profiled project and the suite that verifies them: the model beats its trivial baseline
 * (accuracy of always answering the most frequent class; r2 of always answering the mean), the data is complete and
 * valid (thresholds a little below what the profiled file holds; the dataset's checks verify them too, and are their
 * only tests when there is no pipeline), and a classifier treats the groups of each protected categorical feature
 * alike.
 */
final class Requirements {

	/** Demographic parity difference a starter fairness requirement allows. */
	static final double PARITY = 0.1;

	private record Requirement(String name, String title, String attribute, String doc, String criterion, String test,
			String pattern) {
	}

	private final Plan plan;
	private final Names names;
	private final String dataset;
	private final Consumer<String> out;
	private final List<Requirement> requirements = new ArrayList<>();
	private final String completeness;
	private final String validity;

	Requirements(Plan plan, Names names, String dataset, Consumer<String> out) {
		this.plan = plan;
		this.names = names;
		this.dataset = dataset;
		this.out = out;
		Declared label = plan.label();
		String test = dataset + ".test";
		if (plan.trains() && plan.classifier()) {
			Map.Entry<String, Long> majority = label.profile().values().entrySet().stream().max(Map.Entry.comparingByValue())
					.orElseThrow();
			double share = (double) majority.getValue() / label.profile().present();
			double threshold = Math.floor(share * 100) / 100;
			add("The classifier shall be more accurate than always answering the most frequent class", "FunctionalCorrectness",
					"Always answering " + majority.getKey() + " (the most frequent class) is right for " + Names.percent(Math.floor(share * 1000) / 1000)
							+ " of the rows. Raise the threshold to what the application needs.",
					"accuracy >= " + Names.number(threshold) + " on " + test, "Accuracy", "threshold accuracy on " + test);
		} else if (plan.trains()) {
			add("The regressor shall predict better than the mean", "FunctionalCorrectness",
					"An r2 of 0 is what always answering the mean achieves. Raise the threshold to what the application needs.",
					"r2 >= 0 on " + test, "Explained", "threshold r2 on " + test);
		}
		completeness = add("The data shall be complete", "Completeness", "The profiled file is " + Names.percent(Math.floor(plan.completeness()
				* 1000) / 1000) + " complete.", "completeness >= " + Names.number(Suggestions.below(plan.completeness())) + " on "
				+ dataset, "Completeness", "data completeness on " + dataset);
		validity = add("The data shall be valid and keep its profile", "Consistency",
				"Values outside their declaration are invalid; the checks of the dataset state the profile the data had.",
				"validity >= " + Names.number(Suggestions.below(plan.validity())) + " on " + dataset, "Validity",
				"data validity on " + dataset);
		if (plan.trains() && plan.classifier()) {
			for (Declared feature : plan.columns()) {
				if (feature.isProtected() && feature.column().type() == Type.CATEGORY && feature.column().categories().size() > 1) {
					add("Equal positive rates for each " + feature.column().name(), "Fairness",
							"Demographic parity: the share of positive predictions may differ by at most "
									+ Names.percent(PARITY) + " between groups.",
							"demographic_parity_difference by " + feature.name() + " <= " + Names.number(PARITY) + " on " + test,
							Names.camel(feature.column().name(), "Group") + "Parity",
							"fairness demographic_parity_difference by " + feature.name() + " on " + test);
				}
			}
		}
	}

	private String add(String title, String attribute, String doc, String criterion, String test, String pattern) {
		String name = "R" + (requirements.size() + 1);
		requirements.add(new Requirement(name, title, attribute, doc, criterion, test, pattern));
		return name;
	}

	/**
	 * The requirement a dataset check verifies: the completeness requirement for completeness and row counts, the
	 * validity requirement for the others.
	 */
	String verifiedBy(org.assay.runtime.constraint.ConstraintSpec check) {
		return switch (check.statistic()) {
		case COMPLETENESS, ROW_COUNT -> completeness;
		default -> validity;
		};
	}

	void write() {
		for (Requirement requirement : requirements) {
			out.accept("requirement " + requirement.name() + " " + names.string(requirement.title()) + " refines "
					+ requirement.attribute() + " {");
			out.accept("\tdoc " + names.string(requirement.doc()));
			out.accept("\taccept " + requirement.criterion());
			out.accept("}");
			out.accept("");
		}
		if (!plan.trains()) {
			return; // without a pipeline the dataset's checks are the tests (a suite without one runs only constraints)
		}
		String pipeline = " tests " + names.name(plan.dataset() + "Model");
		out.accept("suite " + names.name(plan.dataset() + "QA") + " " + names.string("Quality of " + plan.dataset()) + pipeline + " {");
		java.util.Set<String> tests = new java.util.HashSet<>();
		for (Requirement requirement : requirements) {
			String test = requirement.test();
			for (int i = 2; !tests.add(test); i++) {
				test = requirement.test() + i;
			}
			out.accept("\ttest " + names.name(test) + " verifies " + requirement.name() + " : " + requirement.pattern());
		}
		out.accept("}");
	}
}
