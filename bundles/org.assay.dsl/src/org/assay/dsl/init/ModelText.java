package org.assay.dsl.init;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.dsl.init.Plan.Declared;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.profile.InferredColumn;
import org.assay.runtime.profile.InferredColumn.Type;
import org.assay.runtime.profile.Suggestions;

/**
 * Renders a {@link Plan} as a complete .assay model: project, dataset (types, ranges, categories, hash, split, the
 * suggested checks), a starter pipeline when there is a label, requirements and a suite. A pure function of the plan.
 */
final class ModelText {

	private static final String SEED = "42";

	private final Plan plan;
	private final Names names;
	private final StringBuilder out = new StringBuilder();
	private final String dataset;
	private final Requirements requirements;

	private ModelText(Plan plan, Names names) {
		this.plan = plan;
		this.names = names;
		this.dataset = names.name(plan.dataset());
		this.requirements = new Requirements(plan, names, dataset, this::line);
	}

	static String write(Plan plan, Names names) {
		ModelText text = new ModelText(plan, names);
		text.header();
		text.dataset();
		text.pipeline();
		text.requirementsAndSuite();
		return text.out.toString();
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

	private void header() {
		line("// Written by 'assay init' from " + Names.printable(plan.path()) + " (" + plan.rows() + " rows, " + plan.fileColumns()
				+ " columns). The types, ranges, categories");
		line("// and every threshold below are what that file holds: edit them to say what the data must be (docs/init.md).");
		line("namespace " + names.name(plan.namespace()));
		line("");
		line("import assay.iso25059.*");
		line("import assay.iso25012.*");
		line("");
		line("project " + names.name(plan.dataset() + "Project") + " " + names.string("Learning from " + fileName()) + " {");
		line("\tdoc " + names.string("What the ML component does, for whom, and what may go wrong."));
		line("\tlifecycle phase experimentation");
		line("\tpurpose " + names.string("What the ML component decides or recommends, and for whom."));
		line("\tcontext " + names.string("Who uses it, on what input, under which human oversight."));
		line("}");
		line("");
	}

	private String fileName() {
		String path = plan.path();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private void dataset() {
		line("dataset " + dataset + " " + names.string(fileName()) + " {");
		line("\tdoc " + names.string(plan.rows() + " rows profiled by assay init."));
		line("\tsource " + plan.format().name().toLowerCase() + " " + names.string(plan.path()) + (plan.external() ? " external" : "")
				+ " sha256 " + names.string(plan.sha256()));
		for (Declared column : plan.columns()) {
			InferredColumn inferred = column.column();
			if (inferred.note() != null) {
				line("\t// " + Names.printable(inferred.note()) + ": declared as " + typeName(inferred.type()));
			}
			if (column.dropped() != null) {
				line("\t// the pipeline drops " + column.name() + ": " + column.dropped());
			}
			line("\t" + (column.label() ? "label " : "feature ") + column.name() + " : " + type(inferred)
					+ (column.isProtected() ? " protected" : ""));
		}
		plan.notDeclared().forEach(sentence -> line("\t// " + Names.printable(sentence)));
		Declared label = plan.label();
		if (plan.trains()) {
			line("\tsplit train 70 %, validation 15 %, test 15 % seed " + SEED
					+ (plan.classifier() ? " stratified by " + label.name() : ""));
		}
		ConstraintText constraints = new ConstraintText(names, plan.writtenNames());
		for (ConstraintSpec check : plan.checks()) {
			line("\tcheck " + names.name(check.name()) + " verifies " + requirements.verifiedBy(check) + " : " + constraints.write(check));
		}
		line("}");
		line("");
	}

	private static String typeName(Type type) {
		return switch (type) {
		case INT -> "int";
		case DOUBLE -> "double";
		case CATEGORY -> "category";
		case TEXT, EMPTY -> "text";
		};
	}

	private String type(InferredColumn column) {
		return switch (column.type()) {
		case INT, DOUBLE -> typeName(column.type())
				+ (column.hasRange() ? " range " + Names.number(column.low()) + " .. " + Names.number(column.high()) : "");
		case CATEGORY -> "category [" + column.categories().stream().map(names::category).collect(Collectors.joining(", ")) + "]";
		case TEXT, EMPTY -> "text";
		};
	}

	private void pipeline() {
		Declared label = plan.label();
		if (!plan.trains()) {
			if (label != null) {
				line("// No split and no pipeline: Assay generates pipelines for CSV and TSV datasets only. Convert the file to CSV");
				line("// and run 'assay init' on it to train on " + Names.printable(label.column().name()) + ".");
				line("");
			}
			return;
		}
		List<Declared> inputs = plan.inputs();
		line("pipeline " + names.name(plan.dataset() + "Model") + " " + names.string("Starter " + (plan.classifier() ? "classifier" : "regressor")
				+ " of " + label.column().name()) + " {");
		line("\tprepare " + dataset + " {");
		line("\t\trequire completeness >= " + Names.number(Suggestions.below(plan.completeness())));
		line("\t\trequire validity >= " + Names.number(Suggestions.below(plan.validity())));
		List<Declared> dropped = plan.columns().stream().filter(c -> c.dropped() != null).toList();
		step("drop", dropped, "");
		step("impute", inputs.stream().filter(c -> c.column().type().isNumeric() && c.hasMissing()).toList(), " median");
		step("impute", inputs.stream().filter(c -> c.column().type() == Type.CATEGORY && c.hasMissing()).toList(), " mode");
		step("onehot", inputs.stream().filter(c -> c.column().type() == Type.CATEGORY).toList(), "");
		step("standardize", inputs.stream().filter(c -> c.column().type().isNumeric()).toList(), "");
		line("\t}");
		line("\tmodel Net : " + (plan.classifier() ? "classifier" : "regressor") + " mlp hidden [32, 16] activation relu");
		// early stopping on the validation partition is generated for classifiers; a regressor trains a fixed number of epochs
		line("\ttrain on " + dataset + ".train" + (plan.classifier()
				? " validate on " + dataset + ".validation epochs 40 batch 32 optimizer adam lr 0.002 seed 7 early stop on validation loss patience 8"
				: " epochs 100 batch 32 optimizer adam lr 0.002 seed 7"));
		line("}");
		line("");
	}

	private void step(String keyword, List<Declared> columns, String suffix) {
		if (!columns.isEmpty()) {
			line("\t\t" + keyword + " " + columns.stream().map(Declared::name).collect(Collectors.joining(", ")) + suffix);
		}
	}

	private void requirementsAndSuite() {
		requirements.write();
	}
}
