package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.dsl.headless.ProjectFiles;
import org.assay.model.AssayModel;
import org.assay.model.Requirement;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay import reqif} on hand-written ReqIF files shaped like DOORS, Polarion and Capella exports: the
 * requirements written, parsed back by the language (names, titles, texts, attributes), and the project validated.
 */
class ReqifImportTest {

	@TempDir
	Path project;

	static int cli(StringWriter out, String... args) {
		return AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
	}

	static Path resource(String name, Path folder) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = ReqifImportTest.class.getResourceAsStream("reqif/" + name)) {
			assertNotNull(in, name);
			Files.copy(in, file);
		}
		return file;
	}

	/** The project's requirements as the language reads them back, by name. */
	static Map<String, Requirement> requirements(Path project) {
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class)
				.load(ProjectFiles.models(project));
		Map<Resource, ?> issues = workspace.validateAll(CancelIndicator.NullImpl);
		return issues.keySet().stream().flatMap(r -> ((AssayModel) r.getContents().get(0)).getElements().stream())
				.filter(Requirement.class::isInstance).map(Requirement.class::cast)
				.collect(Collectors.toMap(Requirement::getName, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	static Map<String, String> attributes(Requirement requirement) {
		return requirement.getAttributes().stream().collect(Collectors.toMap(a -> a.getKey(), a -> a.getValue(), (a, b) -> a,
				java.util.LinkedHashMap::new));
	}

	@Test
	void doorsExportBecomesValidRequirementsWithTextsAndAttributes() throws Exception {
		Path reqif = resource("doors.reqif", project);
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", reqif.toString(), "--into", project.toString()), out::toString);
		assertTrue(out.toString().contains("2 requirement(s): 2 added, 0 changed, 0 with updated attributes, 0 unchanged; "
				+ "1 heading(s) or empty object(s) not imported"), out::toString);
		assertTrue(out.toString().contains("validated 2 file(s): 0 error(s)") || out.toString().contains("0 error(s)"),
				out::toString);

		Map<String, Requirement> requirements = requirements(project);
		assertEquals(List.of("SRS_13", "SRS_12"), List.copyOf(requirements.keySet()), "hierarchy order, ids as names");
		Requirement fairness = requirements.get("SRS_12");
		assertNull(fairness.getTitle(), "DOORS objects with text and no heading have no title");
		assertEquals("The approval rate for applicants of each gender shall differ by at most 5 % (\u2264 0.05) & be reported "
				+ "as \"demographic parity\".\n\nGroups:\n\n- female\n- male <incl. non-binary>\n  - self-declared\n\n"
				+ "Path: C:\\models\\v2\nOwner: J\u00fcrgen Gro\u00df \u2013 Z\u00fcrich \u20ac", fairness.getDescription());
		assertEquals("_obj-12", fairness.getOrigin().getIdentifier());
		assertEquals(64, fairness.getOrigin().getSha256().length());
		assertNull(fairness.getOrigin().getChanged(), "a first import changes nothing");
		assertEquals(Map.of("ReqIF.ForeignID", "SRS-12", "Priority", "High", "Absolute Number", "12", "Weight", "0.75",
				"Safety relevant", "true", "Reviewed on", "2026-10-30T00:00:00+01:00"), attributes(fairness));
		assertEquals("The model shall be at least 70 % accurate on held-out data.",
				requirements.get("SRS_13").getDescription());

		StringWriter validate = new StringWriter();
		assertEquals(0, cli(validate, "validate", project.toString()), validate::toString);
		assertTrue(validate.toString().contains("requirementWithoutCriterion"), "imported requirements are warned, not refused");
		String text = Files.readString(project.resolve("Doors.assay"));
		assertTrue(text.startsWith("namespace doors\n"), text);
		assertFalse(text.contains("_not-a-real-object"), "tool extensions are ignored");
	}

	@Test
	void polarionPrefixesEmbeddedEnumValuesAndNameCollisions() throws Exception {
		Path reqif = resource("polarion.reqif", project);
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", reqif.toString(), "--into", project.resolve("ml.assay").toString(),
				"--refines", "assay.iso25059.Robustness"), out::toString);
		Map<String, Requirement> requirements = requirements(project);
		assertEquals(List.of("MLQA_101", "MLQA_101_2"), List.copyOf(requirements.keySet()),
				"MLQA-101 and 'MLQA 101' map to one name: the second gets a suffix");
		Requirement robust = requirements.get("MLQA_101");
		assertEquals("Robust to \"noisy\" inputs", robust.getTitle());
		assertEquals("Under Gaussian noise (\u03c3 = 0.1) the accuracy drops by no more than:\n\n1. 2 points on tabular data,\n"
				+ "2. 5 points on images.", robust.getDescription());
		assertEquals("Robustness", robust.getRefines().getName(), "--refines is written and resolves");
		assertEquals(Map.of("ReqIF.ForeignID", "MLQA-101", "Status", "approved"), attributes(robust),
				"enumeration values named by their EMBEDDED-VALUE; empty values are not kept");
		Requirement calibrated = requirements.get("MLQA_101_2");
		assertEquals("Calibrated probabilities", calibrated.getTitle(), "a title is one line");
		assertNull(calibrated.getDescription());
		assertEquals("\u7530\u4e2d & O'Brien", attributes(calibrated).get("Author"));
		assertEquals("MLQA 101", attributes(calibrated).get("ReqIF.ForeignID"), "the original id is kept");
	}

	@Test
	void capellaFoldersNestedHierarchyAndMultiValuedEnumerations() throws Exception {
		Path reqif = resource("capella.reqif", project);
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", reqif.toString(), "--into", project.toString()), out::toString);
		assertTrue(out.toString().contains("2 heading(s) or empty object(s) not imported"), out::toString);
		Map<String, Requirement> requirements = requirements(project);
		assertEquals(List.of("R7", "R42"), List.copyOf(requirements.keySet()), "integer ForeignIDs, hierarchy order");
		assertEquals("An object shall be reported within 100 ms.\n\nClass | Latency\ncar | 80 ms",
				requirements.get("R7").getDescription());
		assertEquals("Design, Operation", attributes(requirements.get("R42")).get("Phase"));
		assertEquals("_Qk3v9Pn0Ee6Xy8pQ2k9aLw", requirements.get("R42").getOrigin().getIdentifier());
	}

	@Test
	void reqifzArchivesAreReadThroughTheirReqifEntry() throws Exception {
		Path reqif = resource("capella.reqif", project);
		Path archive = project.resolve("export.reqifz");
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(archive))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("images/readme.txt"));
			zip.write("not ReqIF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("perception.reqif"));
			zip.write(Files.readAllBytes(reqif));
		}
		Files.delete(reqif);
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", archive.toString(), "--into", project.toString()), out::toString);
		assertEquals(List.of("R7", "R42"), List.copyOf(requirements(project).keySet()));
	}

	@Test
	void xxeIsRefusedAndNothingIsWritten() throws Exception {
		Path secret = project.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path reqif = resource("xxe.reqif", project);
		Files.writeString(reqif, Files.readString(reqif).replace("SECRET_FILE_URI", secret.toUri().toString()));
		StringWriter out = new StringWriter();
		assertEquals(2, cli(out, "import", "reqif", reqif.toString(), "--into", project.toString()), out::toString);
		assertTrue(out.toString().contains("xxe.reqif:2: the file declares a DOCTYPE"), out::toString);
		assertTrue(out.toString().contains("Remove the <!DOCTYPE"), out::toString);
		assertFalse(out.toString().contains("TOP-SECRET-CONTENT"));
		assertTrue(ProjectFiles.models(project).isEmpty(), "nothing written");
	}

	@Test
	void notReqifAndMalformedFilesAreLocated() throws Exception {
		Path html = project.resolve("page.reqif");
		Files.writeString(html, "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
		StringWriter out = new StringWriter();
		assertEquals(2, cli(out, "import", "reqif", html.toString(), "--into", project.toString()));
		assertTrue(out.toString().contains("page.reqif:2: not a ReqIF file: the root element is <html>"), out::toString);

		Path broken = project.resolve("broken.reqif");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<REQ-IF xmlns=\"http://www.omg.org/spec/ReqIF/20110401/reqif.xsd\">\n"
				+ "  <THE-HEADER>\n</REQ-IF>\n");
		out = new StringWriter();
		assertEquals(2, cli(out, "import", "reqif", broken.toString(), "--into", project.toString()));
		assertTrue(out.toString().contains("broken.reqif:4: not well-formed XML"), out::toString);
		assertTrue(ProjectFiles.models(project).isEmpty(), "nothing written");
	}
}
