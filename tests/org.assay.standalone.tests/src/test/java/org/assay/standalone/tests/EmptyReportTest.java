package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.trace.ProjectTrace;
import org.assay.trace.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found: the report of a new project without requirements said "Every requirement is shown to be met by current
 * evidence." A summary over no requirement claims nothing (failed before the fix: the vacuous sentence was there).
 */
class EmptyReportTest {

	@TempDir
	Path project;

	@Test
	void aProjectWithoutRequirementsIsNotReportedAsMeetingThem() throws Exception {
		Files.writeString(project.resolve("starter.assay"), "namespace starter\n\nproject Starter \"A new project\"\n");
		ProjectTrace trace = ProjectTrace.load(project);
		assertEquals(0, trace.errors(), "the starter model validates");
		String html = HtmlReport.render(trace, "Starter");
		String summary = html.substring(html.indexOf("<section id=\"summary\">"), html.indexOf("</section>",
				html.indexOf("<section id=\"summary\">")));
		assertFalse(summary.contains("Every requirement is shown to be met"), summary);
		assertTrue(summary.contains("No requirement is modelled yet"), summary);
		assertFalse(summary.contains("class=\"verdict good\""), summary);
	}
}
