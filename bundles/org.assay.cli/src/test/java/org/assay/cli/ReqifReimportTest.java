package org.assay.cli;

import static org.assay.cli.ReqifImportTest.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.model.Requirement;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.assay.trace.ProjectTrace;
import org.assay.trace.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-importing a ReqIF file into a project that was edited by hand and has evidence: texts and attributes are
 * updated, new requirements added, hand-written content kept, removed requirements only reported, and the evidence of
 * the tests of a changed requirement SUSPECT until they run again.
 */
class ReqifReimportTest {

	@TempDir
	Path project;

	@Test
	void reimportUpdatesAddsKeepsAndMarksEvidenceSuspect() throws Exception {
		Path v1 = resource("doors.reqif", project);
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", v1.toString(), "--into", project.toString()), out::toString);
		Path model = project.resolve("Doors.assay");

		// by hand: a comment, a criterion on SRS_12, and a suite whose tests verify both requirements
		String edited = Files.readString(model).replace("namespace doors\n",
				"namespace doors\n// kept: written by hand\nimport assay.iso25059.*\n");
		int block = edited.indexOf("requirement SRS_12");
		int end = edited.indexOf("\n}", block);
		edited = edited.substring(0, end) + "\n\t// reviewed by QA\n\taccept accuracy >= 0.9" + edited.substring(end);
		Files.writeString(model, edited);
		Files.writeString(project.resolve("applicants.csv"), "age\n31\n45\n");
		Files.writeString(project.resolve("qa.assay"), "namespace doors.qa\n\ndataset Applicants {\n"
				+ "\tsource csv \"applicants.csv\"\n\tfeature age : int\n}\n\nsuite FairnessQA {\n"
				+ "\ttest Parity verifies doors.SRS_12 : data rows > 1 on Applicants\n"
				+ "\ttest Accuracy verifies doors.SRS_13 : data rows > 1 on Applicants\n}\n");
		Path runs = project.resolve(RunsFile.PATH);
		RunInfo before = new RunInfo("20261129T100000Z-aaaaaa", "2026-11-29T10:00:00Z", null);
		RunsFile.append(runs, before, evidence("Parity", "SRS_12"));
		RunsFile.append(runs, before, evidence("Accuracy", "SRS_13"));
		assertEquals(Verdict.PASS.name(), status("doors.qa.FairnessQA.Parity"), "current evidence before the change");

		// the tool changed SRS-12's text and SRS-13's priority, and added SRS-14
		String doors = Files.readString(v1);
		Matcher object13 = Pattern.compile("(?s)\\s*<SPEC-OBJECT IDENTIFIER=\"_obj-13\".*?</SPEC-OBJECT>").matcher(doors);
		assertTrue(object13.find());
		String object14 = object13.group().replace("_obj-13", "_obj-14").replace("SRS-13", "SRS-14")
				.replace("70 % accurate", "calibrated");
		String v2text = doors.replace(object13.group(), object13.group() + object14)
				.replace("differ by at most 5&#160;%", "differ by at most 3&#160;%")
				.replaceFirst("<ENUM-VALUE-REF>_ev-low</ENUM-VALUE-REF>", "<ENUM-VALUE-REF>_ev-high</ENUM-VALUE-REF>");
		Path v2 = project.resolve("doors-v2.reqif");
		Files.writeString(v2, v2text);
		out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", v2.toString(), "--into", project.toString(), "--now",
				"2026-11-30T12:00:00Z"), out::toString);
		String report = out.toString();
		assertTrue(report.contains("3 requirement(s): 1 added, 1 changed, 1 with updated attributes, 0 unchanged"), report);
		assertTrue(report.contains("changed   SRS_12 (_obj-12): text changed — the evidence of the tests verifying it is "
				+ "SUSPECT"), report);
		assertTrue(report.contains("updated   SRS_13 (_obj-13): Priority: Low -> High"), report);
		assertTrue(report.contains("added     SRS_14 (_obj-14)"), report);
		assertTrue(report.contains("review and run again (their evidence is SUSPECT): doors.qa.FairnessQA.Parity\n"), report);

		String text = Files.readString(model);
		assertTrue(text.contains("// kept: written by hand") && text.contains("// reviewed by QA")
				&& text.contains("\taccept accuracy >= 0.9"), "hand-written content is kept:\n" + text);
		assertTrue(text.contains("changed \"2026-11-30T12:00:00Z\""), text);
		Map<String, Requirement> requirements = requirements(project);
		assertTrue(requirements.get("SRS_12").getDescription().contains("differ by at most 3 %"));
		assertEquals(1, requirements.get("SRS_12").getCriteria().size());
		assertEquals("High", attributes(requirements.get("SRS_13")).get("Priority"));
		assertNull(requirements.get("SRS_13").getOrigin().getChanged(), "an attribute change does not make evidence suspect");
		assertEquals("The model shall be at least calibrated on held-out data.", requirements.get("SRS_14").getDescription());
		assertTrue(Files.readString(model).contains("requirement SRS_14"), "added where the first import went");
		assertFalse(Files.exists(project.resolve("DoorsV2.assay")), "no file per version of the ReqIF file");

		assertEquals(Status.SUSPECT, status("doors.qa.FairnessQA.Parity"), "evidence older than the change");
		assertEquals(Verdict.PASS.name(), status("doors.qa.FairnessQA.Accuracy"), "SRS_13's text did not change");
		StringWriter html = new StringWriter();
		cli(html, "report", project.toString());
		assertTrue(Files.readString(project.resolve("target/assay/report.html")).contains("data-verdict=\"SUSPECT\""),
				"the report shows the suspect evidence");

		// the same file again: nothing to do, nothing rewritten differently
		String unchanged = Files.readString(model);
		out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", v2.toString(), "--into", project.toString()), out::toString);
		assertTrue(out.toString().contains("0 added, 0 changed, 0 with updated attributes, 3 unchanged"), out::toString);
		assertEquals(unchanged, Files.readString(model), "a re-import of the same file changes nothing");

		// a run after the change clears it
		RunsFile.append(runs, new RunInfo("20261130T130000Z-bbbbbb", "2026-11-30T13:00:00Z", null), evidence("Parity", "SRS_12"));
		assertEquals(Verdict.PASS.name(), status("doors.qa.FairnessQA.Parity"));

		// the tool deleted SRS-13: reported, kept
		Path v3 = project.resolve("doors-v3.reqif");
		Files.writeString(v3, Pattern.compile("(?s)\\s*<SPEC-OBJECT IDENTIFIER=\"_obj-13\".*?</SPEC-OBJECT>").matcher(v2text)
				.replaceFirst(""));
		out = new StringWriter();
		cli(out, "import", "reqif", v3.toString(), "--into", project.toString());
		assertTrue(out.toString().contains("missing   SRS_13 (_obj-13) is no longer in doors-v3.reqif: kept"), out::toString);
		assertTrue(requirements(project).containsKey("SRS_13"));
	}

	private String status(String test) throws Exception {
		return ProjectTrace.load(project).graph().node("test:" + test).status();
	}

	private static Evidence evidence(String test, String requirement) {
		return new Evidence("doors.qa.FairnessQA", test, List.of(requirement), "qa.assay:4", "rows", 20, 20, 20, 0.95,
				"rows > 10", Verdict.PASS, "20 rows", null, List.of());
	}
}
