package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Validation rules that look beyond one file: names unique in the workspace, import cycles, requirements verified
 * and hazards mitigated from other files, and data files on disk with their recorded hashes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayCrossFileValidationTest {

	@Inject
	private AssayTestSupport support;

	private static final String REQUIREMENTS = """
			namespace shop.req
			import assay.iso25059.*
			hazard H "Wrong price shown" severity critical likelihood remote
			requirement R refines FunctionalCorrectness mitigates H { accept accuracy >= 0.9 }
			""";

	@Test
	void duplicateQualifiedNameInAnotherFile() {
		XtextResourceSet set = support.newResourceSet();
		support.load(set, "memory:/a.assay", REQUIREMENTS);
		MarkedText marked = MarkedText.of("""
				namespace shop.req
				import assay.iso25059.*
				requirement ⟦R⟧ refines FunctionalCorrectness { accept accuracy >= 0.8 }
				""");
		XtextResource b = support.load(set, "memory:/b.assay", marked.text());
		Issue issue = single(support.validate(b), DUPLICATE_NAME);
		assertEquals(marked.offset(), issue.getOffset());
		assertTrue(issue.getMessage().contains("a.assay"), issue.getMessage());

		XtextResourceSet ok = support.newResourceSet();
		support.load(ok, "memory:/a.assay", REQUIREMENTS);
		XtextResource other = support.load(ok, "memory:/b.assay", marked.text().replace("shop.req", "shop.other"));
		assertNone(support.validate(other), DUPLICATE_NAME);
	}

	@Test
	void importCycleBetweenTwoNamespaces() {
		XtextResourceSet set = support.newResourceSet();
		support.load(set, "memory:/a.assay", "namespace one\nimport two.*\nhazard X \"x\" severity minor likelihood remote\n");
		MarkedText marked = MarkedText.of("namespace two\nimport ⟦one.*⟧\nhazard Y \"y\" severity minor likelihood remote\n");
		XtextResource b = support.load(set, "memory:/b.assay", marked.text());
		Issue issue = single(support.validate(b), IMPORT_CYCLE);
		assertEquals(marked.offset(), issue.getOffset());
		assertEquals(marked.length(), issue.getLength());
		assertTrue(issue.getMessage().contains("two → one → two"), issue.getMessage());

		XtextResourceSet acyclic = support.newResourceSet();
		support.load(acyclic, "memory:/a.assay", "namespace one\nhazard X \"x\" severity minor likelihood remote\n");
		assertNone(support.validate(support.load(acyclic, "memory:/b.assay", marked.text())), IMPORT_CYCLE);
	}

	@Test
	void requirementVerifiedAndHazardMitigatedFromOtherFiles() {
		XtextResourceSet set = support.newResourceSet();
		XtextResource requirements = support.load(set, "memory:/req.assay", REQUIREMENTS);
		List<Issue> before = support.validate(requirements);
		assertEquals(Severity.WARNING, single(before, REQUIREMENT_NOT_VERIFIED).getSeverity());

		support.load(set, "memory:/suite.assay", """
				namespace shop.qa
				import shop.req.*
				suite S { test T verifies R : threshold accuracy >= 0.9 }
				""");
		assertNone(support.validate(requirements), REQUIREMENT_NOT_VERIFIED);
		assertNone(support.validate(requirements), HAZARD_NOT_MITIGATED);
	}

	@Test
	void hazardMitigatedOnlyInAnotherFile() {
		XtextResourceSet set = support.newResourceSet();
		XtextResource hazards = support.load(set, "memory:/hazards.assay",
				"namespace shop.risk\nhazard H \"Wrong price\" severity catastrophic likelihood remote\n");
		assertEquals(Severity.ERROR, single(support.validate(hazards), HAZARD_NOT_MITIGATED).getSeverity());
		support.load(set, "memory:/req.assay", """
				namespace shop.req
				import assay.iso25059.*
				import shop.risk.*
				requirement R refines FunctionalCorrectness mitigates H { accept accuracy >= 0.9 }
				""");
		assertNone(support.validate(hazards), HAZARD_NOT_MITIGATED);
	}

	@Test
	void dataFileMissingChangedAndUnrecorded(@TempDir Path folder) throws Exception {
		Path data = Files.createDirectories(folder.resolve("data")).resolve("d.csv");
		Files.writeString(data, "x\n1\n2\n");
		String hash = "4355a46b19d348dc2f57c046f8ef63d4538ebb936000f3c9ee954a27460dd865";

		assertEquals(List.of(), codes(folder, "source csv \"data/d.csv\" sha256 \"" + actualHash(data) + "\""));
		MarkedText missing = MarkedText.of("source csv ⟦\"data/none.csv\"⟧");
		Issue missingIssue = single(validateDataset(folder, missing.text()), DATA_FILE_MISSING);
		assertEquals(Severity.WARNING, missingIssue.getSeverity());
		assertEquals(lineOf(missing), missingIssue.getLineNumber());

		MarkedText changed = MarkedText.of("source csv \"data/d.csv\" sha256 ⟦\"" + hash + "\"⟧");
		Issue changedIssue = single(validateDataset(folder, changed.text()), DATA_CHANGED);
		assertEquals(Severity.WARNING, changedIssue.getSeverity());
		assertEquals(actualHash(data), changedIssue.getData()[0]);
		assertTrue(changedIssue.getMessage().contains("suspect"), changedIssue.getMessage());

		Issue unrecorded = single(validateDataset(folder, "source csv \"data/d.csv\""), DATA_HASH_NOT_RECORDED);
		assertEquals(Severity.INFO, unrecorded.getSeverity());
		assertEquals(actualHash(data), unrecorded.getData()[0]);

		Files.writeString(data, "x\n1\n3\n");
		assertTrue(codes(folder, "source csv \"data/d.csv\" sha256 \"" + hash + "\"").contains(DATA_CHANGED),
				"one changed byte must mark the data as changed");
	}

	private static int lineOf(MarkedText marked) {
		return 2;
	}

	private List<Issue> validateDataset(Path folder, String source) throws Exception {
		Path model = folder.resolve("m.assay");
		Files.writeString(model, "dataset D {\n\t" + source + "\n\tfeature x : int\n}\n");
		XtextResourceSet set = support.newResourceSet();
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(model.toString()), true);
		return support.validate(resource);
	}

	private List<String> codes(Path folder, String source) throws Exception {
		return validateDataset(folder, source).stream().map(Issue::getCode)
				.filter(c -> c != null && (c.contains("data") || c.contains("Data"))).toList();
	}

	private static String actualHash(Path file) throws Exception {
		var digest = java.security.MessageDigest.getInstance("SHA-256");
		return java.util.HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
	}

	static Issue single(List<Issue> issues, String code) {
		List<Issue> withCode = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, withCode.size(), () -> "expected one " + code + ":\n" + AssayTestSupport.describe(issues));
		return withCode.get(0);
	}

	static void assertNone(List<Issue> issues, String code) {
		assertTrue(issues.stream().noneMatch(i -> code.equals(i.getCode())), () -> AssayTestSupport.describe(issues));
	}
}
