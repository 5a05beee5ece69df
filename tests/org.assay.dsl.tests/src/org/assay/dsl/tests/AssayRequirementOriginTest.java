package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.dsl.validation.IssueCodes;
import org.assay.model.Requirement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What {@code assay import reqif} writes on a requirement (docs/reqif.md): {@code source reqif …} and
 * {@code attribute "…" = "…"} parse, format one per line, serialize back with quotes, backslashes, line breaks and
 * non-ASCII text intact, and are validated; imported requirements without criterion or attribute are warned, not
 * refused.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayRequirementOriginTest {

	private static final String HASH = "9c0e5f1f2a4b6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f";

	@Inject
	private AssayTestSupport support;

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private ISerializer serializer;

	private static String model(String origin, String attributes) {
		return "namespace n\nimport assay.iso25059.*\n\nrequirement SRS_12 \"Equal \\\"approval\\\" rates\" {\n"
				+ "\tdoc \"Line one: C:\\\\models\\nLine two: J\\u00fcrgen \\u2264 5 %\"\n\t" + origin + "\n" + attributes + "}\n";
	}

	private List<Issue> issues(String text) {
		return support.validate(support.parse(text));
	}

	private static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	@Test
	void formatsOneStatementPerLine() {
		formatter.assertFormatted(request -> {
			request.setExpectation("""
					requirement R1 "T" {
						doc "D"
						source reqif "_a-1" sha256 "%s" changed "2026-11-30T12:00:00Z"
						attribute "Priority" = "High"
						attribute "ReqIF.ForeignID" = "SRS-1"
						accept accuracy >= 0.9
					}
					""".formatted(HASH));
			request.setToBeFormatted("requirement R1 \"T\" { doc \"D\" source   reqif \"_a-1\" sha256 \"" + HASH
					+ "\"   changed \"2026-11-30T12:00:00Z\" attribute \"Priority\"=\"High\" attribute \"ReqIF.ForeignID\" =  \"SRS-1\""
					+ " accept accuracy >= 0.9 }");
			request.setUseSerializer(false);
		});
	}

	@Test
	void serializerRoundTripKeepsEscapedText() {
		XtextResource resource = support.parse(model("source reqif \"_obj-12\" sha256 \"" + HASH + "\"",
				"\tattribute \"Owner \\\"QA\\\"\" = \"田中 & O'Brien\\\\n\"\n"));
		Requirement original = (Requirement) support.model(resource).getElements().get(0);
		assertEquals("Line one: C:\\models\nLine two: J\u00fcrgen \u2264 5 %", original.getDescription());
		Requirement copy = EcoreUtil.copy(original);
		String serialized = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
		Requirement back = (Requirement) support.model(support.parse("namespace n\n" + serialized)).getElements().get(0);
		assertEquals(original.getTitle(), back.getTitle());
		assertEquals(original.getDescription(), back.getDescription());
		assertEquals("_obj-12", back.getOrigin().getIdentifier());
		assertEquals(HASH, back.getOrigin().getSha256());
		assertEquals("Owner \"QA\"", back.getAttributes().get(0).getKey());
		assertEquals("田中 & O'Brien\\n", back.getAttributes().get(0).getValue());
	}

	@Test
	void importedRequirementWithoutCriterionIsAWarningAndWrittenOneAnError() {
		List<Issue> imported = issues(model("source reqif \"_obj-12\"", ""));
		assertEquals(Severity.WARNING, withCode(imported, IssueCodes.REQUIREMENT_WITHOUT_CRITERION).get(0).getSeverity());
		assertEquals(Severity.WARNING, withCode(imported, IssueCodes.REQUIREMENT_WITHOUT_ATTRIBUTE).get(0).getSeverity());
		assertTrue(AssayTestSupport.errors(imported).isEmpty(), AssayTestSupport.describe(imported));
		List<Issue> written = issues("namespace n\nrequirement R1 \"T\" {\n}\n");
		assertEquals(Severity.ERROR, withCode(written, IssueCodes.REQUIREMENT_WITHOUT_CRITERION).get(0).getSeverity());
	}

	@Test
	void malformedOriginsAreLocatedErrors() {
		List<Issue> issues = issues(model("source reqif \"\" sha256 \"abc\" changed \"yesterday\"", ""));
		List<Issue> invalid = withCode(issues, IssueCodes.REQIF_ORIGIN_INVALID);
		assertEquals(3, invalid.size(), AssayTestSupport.describe(issues));
		assertTrue(invalid.stream().allMatch(i -> i.getLineNumber() == 6), AssayTestSupport.describe(invalid));
		assertTrue(invalid.stream().anyMatch(i -> i.getMessage().contains("'yesterday' is not an ISO-8601 UTC time")));
		assertTrue(withCode(issues(model("source reqif \"_o\" sha256 \"" + HASH + "\" changed \"2026-11-30T12:00:00Z\"", "")),
				IssueCodes.REQIF_ORIGIN_INVALID).isEmpty(), "a well-formed origin");
	}

	@Test
	void duplicateOriginsAndAttributesAreErrors() {
		String text = model("source reqif \"_o\"", "\tattribute \"A\" = \"1\"\n\tattribute \"A\" = \"2\"\n")
				+ "requirement Other {\n\tsource reqif \"_o\"\n}\n";
		List<Issue> issues = issues(text);
		assertEquals(1, withCode(issues, IssueCodes.REQUIREMENT_ATTRIBUTE_DUPLICATE).size(), AssayTestSupport.describe(issues));
		assertEquals(8, withCode(issues, IssueCodes.REQUIREMENT_ATTRIBUTE_DUPLICATE).get(0).getLineNumber());
		assertEquals(1, withCode(issues, IssueCodes.REQIF_ORIGIN_DUPLICATE).size(), AssayTestSupport.describe(issues));
	}

	@Test
	void reqifAndChangedStayUsableAsNames() {
		List<Issue> issues = issues("namespace n\ndataset D {\n\tfeature reqif : int\n\tfeature changed : int\n}\n");
		assertTrue(AssayTestSupport.errors(issues).isEmpty(), AssayTestSupport.describe(issues));
	}
}
