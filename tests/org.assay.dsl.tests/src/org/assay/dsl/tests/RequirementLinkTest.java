package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.model.Requirement;
import org.assay.model.RequirementLink;
import org.assay.model.RequirementLinkKind;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A requirement's {@code link} lines (ReqIF spec relations, docs/reqif.md): parsed with kind, target and the tool's
 * relation type, resolved across namespaces, validated (a link to itself, the same link twice: errors at the link),
 * formatted one per line; the new keywords stay usable as names.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class RequirementLinkTest {

	@Inject
	private AssayTestSupport support;

	@Inject
	private FormatterTestHelper formatter;

	private static final String NEEDS = """
			namespace needs

			requirement STK_1 "Fair lending" {
				doc "Applicants are treated equally regardless of sex."
				source reqif "_stk-1"
			}
			""";

	private List<Issue> validate(String system) {
		var set = support.newResourceSet();
		support.load(set, "memory:/needs.assay", NEEDS);
		XtextResource resource = support.load(set, "memory:/system.assay", system);
		return support.validate(resource);
	}

	@Test
	void linksParseWithKindTargetAndTheToolsType() {
		var set = support.newResourceSet();
		support.load(set, "memory:/needs.assay", NEEDS);
		XtextResource resource = support.load(set, "memory:/system.assay", """
				namespace system

				requirement SYS_1 "Equal approval rates" {
					source reqif "_sys-1"
					attribute "ReqIF.ForeignID" = "SYS-1"
					link satisfies needs.STK_1
					link derives needs.STK_1 reqif "Derived from"
					link relates link
				}

				requirement link "a requirement named like the keyword" {
					source reqif "_sys-2"
					link depends SYS_1 reqif "depends_on"
				}
				""");
		List<Issue> issues = support.validate(resource);
		assertEquals(List.of(), AssayTestSupport.errors(issues), () -> AssayTestSupport.describe(issues));
		assertTrue(issues.stream().noneMatch(i -> i.getCode() != null && i.getCode().contains("requirementLink")));
		Requirement sys1 = (Requirement) support.model(resource).getElements().get(0);
		List<RequirementLink> links = sys1.getLinks();
		assertEquals(List.of(RequirementLinkKind.SATISFIES, RequirementLinkKind.DERIVES, RequirementLinkKind.RELATES),
				links.stream().map(RequirementLink::getKind).toList());
		assertEquals("STK_1", links.get(0).getTarget().getName(), "resolved in the other file's namespace");
		assertNull(links.get(0).getReqifType());
		assertEquals("Derived from", links.get(1).getReqifType());
		assertEquals("link", links.get(2).getTarget().getName(), "the keyword as a name");
	}

	@Test
	void aLinkToItselfIsAnErrorAtTheLink() {
		List<Issue> issues = validate("""
				namespace system
				requirement SYS_1 "Equal approval rates" {
					link derives SYS_1
				}
				""");
		Issue issue = only(issues, REQUIREMENT_LINK_TO_ITSELF);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(3, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("links to itself"), issue.getMessage());
	}

	@Test
	void theSameLinkTwiceIsAnErrorAtTheSecondAnotherKindIsNot() {
		List<Issue> issues = validate("""
				namespace system
				requirement SYS_1 "Equal approval rates" {
					link satisfies needs.STK_1
					link relates needs.STK_1
					link satisfies needs.STK_1
				}
				""");
		Issue issue = only(issues, REQUIREMENT_LINK_DUPLICATE);
		assertEquals(5, issue.getLineNumber());
		assertTrue(issues.stream().noneMatch(i -> REQUIREMENT_LINK_TO_ITSELF.equals(i.getCode())));
	}

	@Test
	void aTargetThatIsNoRequirementIsTheLinkersError() {
		List<Issue> issues = validate("""
				namespace system
				requirement SYS_1 "Equal approval rates" {
					link satisfies needs.STK_9
				}
				""");
		assertFalse(AssayTestSupport.errors(issues).isEmpty(), () -> AssayTestSupport.describe(issues));
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().contains("STK_9")), () -> AssayTestSupport.describe(issues));
	}

	@Test
	void formattedOneLinkPerLine() {
		formatter.assertFormatted(request -> {
			request.setExpectation("""
					requirement A "a" {
						attribute "Priority" = "High"
						link derives B reqif "Derived from"
						link relates B
					}
					""");
			request.setToBeFormatted("""
					requirement A "a" { attribute "Priority" = "High"   link   derives B
					  reqif "Derived from" link relates  B }
					""");
			request.setUseSerializer(false);
		});
	}

	private static Issue only(List<Issue> issues, String code) {
		List<Issue> found = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> AssayTestSupport.describe(issues));
		return found.get(0);
	}
}
