package org.assay.cli;

import static org.assay.cli.ReqifImportTest.cli;
import static org.assay.cli.ReqifImportTest.requirements;
import static org.assay.cli.ReqifImportTest.resource;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.assay.dsl.reqif.ReqifDocument;
import org.assay.dsl.reqif.ReqifDocument.SpecObject;
import org.assay.dsl.reqif.ReqifReader;
import org.assay.model.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec relations between requirements: imported from a hand-written ReqIF file with the relation types DOORS, Polarion
 * and Capella export as {@code link} lines, exported back under the tool's names, and round-tripped; a re-import adds
 * new links to requirements already imported without touching anything else.
 */
class ReqifLinksTest {

	@TempDir
	Path project;

	@TempDir
	Path second;

	/** Each requirement's links as {@code SOURCE kind TARGET [reqif "TYPE"]}, sorted. */
	private static List<String> links(Path project) {
		TreeSet<String> links = new TreeSet<>();
		for (Requirement requirement : requirements(project).values()) {
			requirement.getLinks().forEach(link -> links.add(requirement.getName() + " " + link.getKind().getLiteral() + " "
					+ link.getTarget().getName() + (link.getReqifType() == null ? "" : " reqif \"" + link.getReqifType() + "\"")));
		}
		return List.copyOf(links);
	}

	private static final List<String> EXPECTED = List.of( //
			"SYS_1 refines SYS_2 reqif \"Refines\"", // Capella's name differs from the kind's only in case: kept
			"SYS_1 satisfies STK_1", // DOORS 'satisfies' (given twice in the file: one link)
			"SYS_2 depends SYS_3 reqif \"depends_on\"", // Polarion's link role
			"SYS_2 derives STK_1 reqif \"Derived from\"", // a DOORS link module
			"SYS_3 relates SYS_2 reqif \"parent\""); // Polarion's 'parent': no kind of its own

	@Test
	void relationsBecomeLinksThatValidateAndRoundTrip() throws Exception {
		Path reqif = resource("links.reqif", project);
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", reqif.toString(), "--into", project.toString()), out::toString);
		assertEquals(EXPECTED, links(project));
		String text = Files.readString(project.resolve("Links.assay"));
		assertTrue(text.contains("\tlink derives STK_1 reqif \"Derived from\"\n"), text);
		assertTrue(out.toString().contains("  linked    SYS_2 derives STK_1"), out::toString);
		assertTrue(out.toString().contains("  not linked relation _rel-heading (parent): _h1 is not an imported requirement"),
				out::toString);
		assertTrue(out.toString().contains("  not linked relation _rel-other-module (satisfies): _obj-in-another-module is not "
				+ "an imported requirement"), out::toString);
		assertTrue(out.toString().contains("  not linked relation _rel-self (depends_on): links _sys-2 to itself"), out::toString);

		// export: one relation per link, under the tool's relation type name (or the kind's)
		Path exported = project.resolve("out.reqif");
		assertEquals(0, cli(new StringWriter(), "export", "reqif", project.toString(), "-o", exported.toString(),
				"--timestamp", "2026-11-30T12:00:00Z"));
		String xml = Files.readString(exported);
		ReqifStructure.check(xml);
		ReqifDocument document = ReqifReader.read(exported);
		Map<String, String> names = document.objects().stream()
				.collect(Collectors.toMap(SpecObject::identifier, o -> o.value("ReqIF.ForeignID").orElseThrow().text()));
		List<String> relations = document.relations().stream().filter(r -> !r.type().equals("verified by")
				&& !r.type().equals("mitigates")).map(r -> names.get(r.source()) + " " + r.type() + " " + names.get(r.target()))
				.sorted().toList();
		assertEquals(List.of("STK-1", "SYS 3", "SYS-1", "SYS-2").size(), names.size());
		assertEquals(List.of("SYS 3 parent SYS-2", "SYS-1 Refines SYS-2", "SYS-1 satisfies STK-1", "SYS-2 Derived from STK-1",
				"SYS-2 depends_on SYS 3"), relations);
		String again = project.resolve("again.reqif").toString();
		cli(new StringWriter(), "export", "reqif", project.toString(), "-o", again, "--timestamp", "2026-11-30T12:00:00Z");
		assertEquals(xml, Files.readString(Path.of(again)), "deterministic");

		// round trip: the export imported into an empty project gives the same links
		StringWriter back = new StringWriter();
		assertEquals(0, cli(back, "import", "reqif", exported.toString(), "--into", second.toString()), back::toString);
		assertEquals(EXPECTED, links(second));
	}

	@Test
	void reimportAddsNewLinksAndIsIdempotent() throws Exception {
		Path reqif = resource("links.reqif", project);
		String original = Files.readString(reqif);
		// first without the 'parent' and 'depends_on' relations
		Files.writeString(reqif, original.replace("_rt-parent</SPEC-RELATION-TYPE-REF></TYPE>\n          <SOURCE><SPEC-OBJECT-REF>_sys-3",
				"_rt-parent</SPEC-RELATION-TYPE-REF></TYPE>\n          <SOURCE><SPEC-OBJECT-REF>_h1").replace(
						"<SOURCE><SPEC-OBJECT-REF>_sys-2</SPEC-OBJECT-REF></SOURCE>\n          <TARGET><SPEC-OBJECT-REF>_sys-3",
						"<SOURCE><SPEC-OBJECT-REF>_h1</SPEC-OBJECT-REF></SOURCE>\n          <TARGET><SPEC-OBJECT-REF>_sys-3"));
		assertEquals(0, cli(new StringWriter(), "import", "reqif", reqif.toString(), "--into", project.toString()));
		assertEquals(List.of("SYS_1 refines SYS_2 reqif \"Refines\"", "SYS_1 satisfies STK_1",
				"SYS_2 derives STK_1 reqif \"Derived from\""), links(project));
		Path model = project.resolve("Links.assay");
		// a hand-written criterion and comment stay where they are
		Files.writeString(model, Files.readString(model).replace("\tsource reqif \"_sys-3\"",
				"\t// reviewed by the fairness board\n\tsource reqif \"_sys-3\""));

		Files.writeString(reqif, original);
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", reqif.toString(), "--into", project.toString()), out::toString);
		assertEquals(EXPECTED, links(project));
		assertTrue(out.toString().contains("  linked    SYS_3 relates SYS_2"), out::toString);
		assertTrue(out.toString().contains("  linked    SYS_2 depends SYS_3"), out::toString);
		assertFalse(out.toString().contains("  linked    SYS_1"), "links already there are not added again: " + out);
		String text = Files.readString(model);
		assertTrue(text.contains("\t// reviewed by the fairness board\n"), text);

		assertEquals(0, cli(new StringWriter(), "import", "reqif", reqif.toString(), "--into", project.toString()));
		assertEquals(text, Files.readString(model), "importing the same file again changes nothing");
	}

	@Test
	void aLinkToItselfAndATwiceGivenLinkAreLocatedErrors() throws Exception {
		Files.writeString(project.resolve("links.assay"), """
				namespace loans

				requirement A "Fair lending" {
					link derives A
				}

				requirement B "Equal approval rates" {
					link satisfies A
					link satisfies A
					link relates A reqif "parent"
				}
				""");
		StringWriter out = new StringWriter();
		assertEquals(1, cli(out, "validate", project.toString()), out::toString);
		assertTrue(out.toString().matches("(?s).*links\\.assay:4:\\d+: error: Requirement 'A' links to itself.*"
				+ "\\[requirementLinkToItself\\].*"), out::toString);
		assertTrue(out.toString().matches("(?s).*links\\.assay:9:\\d+: error: Requirement 'B' gives 'link satisfies A' twice.*"
				+ "\\[requirementLinkDuplicate\\].*"), out::toString);
		assertFalse(out.toString().contains("links.assay:8:"), "the first of the two is fine: " + out);
		assertFalse(out.toString().contains("links.assay:10:"), "another kind to the same requirement is fine: " + out);
	}
}
