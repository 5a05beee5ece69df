package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.assay.dsl.validation.IssueCodes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each quick fix, requested as a code action over LSP for a real diagnostic, changes the text as intended and
 * removes the diagnostic it fixes.
 */
class AssayQuickfixTest {

	private static final String DATA_CSV = "x\n1\n2\n";

	record Case(String name, String code, String before, String after) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Case> cases() throws Exception {
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(DATA_CSV.getBytes()));
		String base = "namespace q\nimport assay.iso25059.*\n";
		String data = "namespace q\nimport assay.iso25012.*\n";
		return Stream.of(
				new Case("declare the grouping feature protected", IssueCodes.FAIRNESS_GROUPING_NOT_PROTECTED,
						base + "dataset D { feature city : category [a, b] }\n"
								+ "requirement R refines Fairness { accept demographic_parity_difference by city <= 0.1 on D }\n",
						base + "dataset D { feature city : category [a, b] protected }\n"
								+ "requirement R refines Fairness { accept demographic_parity_difference by city <= 0.1 on D }\n"),
				new Case("strip the white space around a category", IssueCodes.CATEGORY_NAME_INVALID,
						base + "dataset D { feature c : category [\" New York\", b] }\n",
						base + "dataset D { feature c : category [\"New York\", b] }\n"),
				new Case("complete the split to 100 %", IssueCodes.SPLIT_SHARES_NOT_100,
						base + "dataset D { feature x : int split a 50 %, b 40 % seed 1 }\n",
						base + "dataset D { feature x : int split a 50 %, b 50 % seed 1 }\n"),
				new Case("remove an unresolved import", IssueCodes.IMPORT_UNRESOLVED,
						base + "import nowhere.*\nhazard H \"h\" severity minor likelihood remote\n",
						base + "hazard H \"h\" severity minor likelihood remote\n"),
				new Case("seed the training", IssueCodes.MISSING_SEED,
						base + "pipeline P { model M : classifier mlp train epochs 3 }\n",
						base + "pipeline P { model M : classifier mlp train epochs 3 seed 42 }\n"),
				new Case("seed the split", IssueCodes.MISSING_SEED,
						base + "dataset D { feature x : int split a 50 %, b 50 % }\n",
						base + "dataset D { feature x : int split a 50 %, b 50 % seed 42 }\n"),
				new Case("add an acceptance criterion", IssueCodes.REQUIREMENT_WITHOUT_CRITERION,
						base + "requirement R refines Robustness {\n}\n",
						base + "requirement R refines Robustness {\n\taccept flip_rate <= 0.1\n}\n"),
				new Case("record the data hash", IssueCodes.DATA_HASH_NOT_RECORDED,
						base + "dataset D { source csv \"d.csv\" feature x : int }\n",
						base + "dataset D { source csv \"d.csv\" sha256 \"" + hash + "\" feature x : int }\n"),
				new Case("swap a reversed two-sided bound", IssueCodes.BOUND_REVERSED,
						data + "dataset D { feature x : double feature y : int check c : correlation of x, y between 0.2 and -0.2 }\n",
						data + "dataset D { feature x : double feature y : int check c : correlation of x, y between -0.2 and 0.2 }\n"),
				new Case("swap a reversed bound in percent", IssueCodes.BOUND_REVERSED,
						data + "dataset D { feature x : double check c : completeness of x > 99 % and <= 90 % }\n",
						data + "dataset D { feature x : double check c : completeness of x > 90 % and <= 99 % }\n"),
				new Case("swap a reversed range", IssueCodes.RANGE_REVERSED,
						data + "dataset D { feature x : double check c : where x in 1 .. -1.5 }\n",
						data + "dataset D { feature x : double check c : where x in -1.5 .. 1 }\n"),
				new Case("swap a reversed length range", IssueCodes.RANGE_REVERSED,
						data + "dataset D { feature x : text check c : where length of x in 9 .. 2 }\n",
						data + "dataset D { feature x : text check c : where length of x in 2 .. 9 }\n"),
				new Case("remove a key column named twice", IssueCodes.DUPLICATE_KEY_COLUMN,
						data + "dataset D { feature x : int feature y : int check c : uniqueness of x, y , x = 100 % }\n",
						data + "dataset D { feature x : int feature y : int check c : uniqueness of x, y = 100 % }\n"),
				new Case("remove approx where there is none", IssueCodes.APPROX_NOT_AVAILABLE,
						data + "dataset D { feature x : double check c : approx mean of x > 0 }\n",
						data + "dataset D { feature x : double check c : mean of x > 0 }\n"),
				new Case("make a quantile with a rank error approximate", IssueCodes.WITHIN_WITHOUT_APPROX_QUANTILE,
						data + "dataset D { feature x : double check c : quantile 0.5 of x within 1 % > 0 }\n",
						data + "dataset D { feature x : double check c : approx quantile 0.5 of x within 1 % > 0 }\n"),
				new Case("clamp a share bound to its range", IssueCodes.THRESHOLD_OUT_OF_RANGE,
						data + "dataset D { feature x : double check c : completeness of x >= 95 }\n",
						data + "dataset D { feature x : double check c : completeness of x >= 1 }\n"),
				new Case("state the project's purpose", IssueCodes.PROJECT_WITHOUT_PURPOSE,
						base + "project Pr {\n\tlifecycle phase training\n\tcontext \"c\"\n}\n",
						base + "project Pr {\n\tlifecycle phase training\n\tpurpose \"What the ML component decides or "
								+ "recommends, and for whom\"\n\tcontext \"c\"\n}\n"),
				new Case("state the project's context after its purpose", IssueCodes.PROJECT_WITHOUT_CONTEXT,
						base + "project Pr {\n\tdoc \"d\"\n\tpurpose \"p\"\n\tassumption A \"a\"\n}\n",
						base + "project Pr {\n\tdoc \"d\"\n\tpurpose \"p\"\n\tcontext \"Who uses it, on what input, under "
								+ "which human oversight\"\n\tassumption A \"a\"\n}\n"),
				new Case("give a project without braces its purpose", IssueCodes.PROJECT_WITHOUT_PURPOSE,
						base + "project Pr \"Title\"\n",
						base + "project Pr \"Title\" {\n\tpurpose \"What the ML component decides or recommends, and for "
								+ "whom\"\n}\n"),
				new Case("cover the nearest ML Test Score item", IssueCodes.REVIEW_ITEM_UNKNOWN,
						base + "review R covers mltest.data.1, mltest.infra.9 by \"QA\" on 2026-11-02 document \"d.csv\"\n",
						base + "review R covers mltest.data.1, mltest.infra.1 by \"QA\" on 2026-11-02 document \"d.csv\"\n"),
				new Case("change a misspelt metric to the close name (#12)", org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC,
						base + "requirement R refines FunctionalCorrectness { accept acuracy >= 0.9 }\n",
						base + "requirement R refines FunctionalCorrectness { accept accuracy >= 0.9 }\n"),
				new Case("accept changed data", IssueCodes.DATA_CHANGED,
						base + "dataset D { source csv \"d.csv\" sha256 \"00ff\" feature x : int }\n",
						base + "dataset D { source csv \"d.csv\" sha256 \"" + hash + "\" feature x : int }\n"));
	}

	@TempDir
	Path workspace;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void quickFixEditsTheTextAndRemovesTheIssue(Case c) throws Exception {
		Files.writeString(workspace.resolve("d.csv"), DATA_CSV);
		Files.writeString(workspace.resolve("m.assay"), c.before());
		LanguageServerFixture ls = new LanguageServerFixture(workspace);
		try {
			Diagnostic diagnostic = ls.awaitDiagnostic("m.assay", c.code());
			List<CodeAction> actions = ls.codeActions("m.assay", diagnostic);
			assertEquals(1, actions.size(), () -> "one fix for " + c.code() + ": " + actions);
			List<TextEdit> edits = actions.get(0).getEdit().getChanges().get(ls.uri("m.assay"));
			String fixed = LanguageServerFixture.apply(c.before(), edits);
			assertEquals(c.after(), fixed);

			ls.open("m.assay", fixed);
			ls.awaitDiagnostics("m.assay", d -> d.stream().noneMatch(x -> c.code().equals(LanguageServerFixture.code(x))));
		} finally {
			ls.stop();
		}
	}
}
