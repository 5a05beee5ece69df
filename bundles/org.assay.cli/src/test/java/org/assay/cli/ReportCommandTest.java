package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay report} after a real run of the breast-cancer example, opened in a real browser (Debian's chromium,
 * headless, in this JVM's network namespace: nothing outside can be reached) — the DOM it builds and the pixels it
 * paints are checked.
 */
class ReportCommandTest {

	@TempDir
	Path project;

	@TempDir
	Path browserProfile;

	private static int cli(StringWriter out, String... args) {
		return AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
	}

	@Test
	void reportOfARealRunRendersInChromium() throws Exception {
		RunCommandTest.copyExample("breast-cancer", project);
		StringWriter run = new StringWriter();
		assertEquals(0, cli(run, "run", project.toString()), run::toString);
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "report", project.toString()), out::toString);
		Path report = project.resolve("target/assay/report.html");
		assertTrue(out.toString().contains("7 of 7 requirement(s) shown met; tests: {PASS=8, WARN=1}"), out::toString);
		String html = Files.readString(report);
		assertFalse(Pattern.compile("(src|href)\\s*=|@import|url\\(http", Pattern.CASE_INSENSITIVE).matcher(html).find(),
				"self-contained: no link to anything outside the file");
		assertEquals(0, cli(new StringWriter(), "report", project.toString()));
		assertEquals(html, Files.readString(report), "byte-identical when nothing changed");

		String dom = chromium("--dump-dom", report.toUri().toString());
		assertTrue(dom.contains("<svg") && dom.contains("class=\"assay-trace\""), "the diagram is in the page");
		assertEquals(7, count(dom, "<g class=\"node requirement [a-z_]+\" data-id=\"requirement:"), "one box per requirement");
		assertEquals(9, count(dom, "<g class=\"node test [a-z_]+\" data-id=\"test:"), "one box per test");
		assertEquals(1, count(dom, "<tr data-requirement=\"breastcancer.R1\" data-test=\"breastcancer.ScreeningQA.WorstSlice\""
				+ " data-verdict=\"WARN\">"), "the WARN row");
		assertTrue(dom.contains("Every requirement is shown to be met by current evidence."), "the summary");
		assertEquals(28, count(dom, "<tr class=\"[a-z]+\" data-item=\"mltest\\.[a-z]+\\.[1-7]\">"),
				"the ML Test Score section, one row per item (ScoreExamplesTest checks its figures)");
		// evidence by life cycle stage (docs/risk-depth.md): the deployed suite names 'phase deployment', the rest default
		// to verification, and the run recorded the same stages, so no row says it was recorded elsewhere
		assertTrue(dom.contains("<h3 data-stage=\"verification\">Verification and validation (6)</h3>"), "verification stage");
		assertTrue(dom.contains("<h3 data-stage=\"deployment\">Deployment (3)</h3>"), "deployment stage");
		assertEquals(9, count(dom, "<tr data-test=\"breastcancer\\.[A-Za-z]+QA\\.[A-Za-z]+\" data-verdict=\"(PASS|WARN)\"><td>"
				+ "[A-Za-z]+ <span class=\"source\">breast-cancer\\.assay:\\d+</span>"), "one row per test, with its verdict");
		assertFalse(dom.contains("recorded in stage"), "the run recorded the stages the model names");

		// the safety case: its section and drawing are in the page, and the browser lays the drawing out with a size
		assertTrue(dom.contains("<section id=\"safety-case\">") && dom.contains("class=\"assay-gsn\""), "the GSN section");
		assertEquals(9, count(dom, "<g class=\"gsn solution [a-z_]+\" data-id=\"Sn\\d+\" data-type=\"solution\" "
				+ "data-status=\"(PASS|WARN)\""), "one solution per test, with its verdict");
		assertEquals(7, count(dom, "<g class=\"gsn goal [a-z_]+\" data-id=\"G\\d+\" data-type=\"goal\" data-status=\""
				+ "(PASS|WARN)\" data-element=\"breastcancer.R\\d\""), "one goal per requirement");
		Path probe = project.resolve("target/assay/report-probe.html");
		Files.writeString(probe, html.replace("</body>", GSN_SIZE_PROBE + "</body>"));
		Matcher size = Pattern.compile("data-gsn-size=\"(\\d+)x(\\d+) (\\d+)x(\\d+)\"").matcher(chromium("--dump-dom",
				probe.toUri().toString()));
		assertTrue(size.find(), "the probe measured the safety case");
		for (int group = 1; group <= 4; group++) {
			assertTrue(Integer.parseInt(size.group(group)) > 100, () -> "rendered with a size: " + size.group());
		}

		Path screenshot = project.resolve("target/assay/report.png");
		chromium("--screenshot=" + screenshot, "--window-size=1400,2200", report.toUri().toString());
		BufferedImage image = ImageIO.read(screenshot.toFile());
		assertNotNull(image, "chromium wrote a PNG");
		assertTrue(pixels(image, 0x2e7d32) > 500, "PASS green is painted (badges and box outlines)");
		assertTrue(pixels(image, 0xf9a825) > 100, "WARN amber is painted");
		Files.copy(screenshot, Paths.get("target/report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Added to a copy of the report only (the report itself has no script): writes the size the browser gave the safety
	 * case's drawing and the bounding box of its painted shapes into the DOM that --dump-dom prints.
	 */
	private static final String GSN_SIZE_PROBE = "<script>const svg = document.querySelector('#safety-case svg');"
			+ "const box = svg.getBoundingClientRect(); const shapes = svg.querySelector('g.elements').getBBox();"
			+ "document.body.setAttribute('data-gsn-size', Math.round(box.width) + 'x' + Math.round(box.height) + ' '"
			+ " + Math.round(shapes.width) + 'x' + Math.round(shapes.height));</script>";

	private String chromium(String... arguments) throws Exception {
		return Chromium.run(browserProfile, arguments);
	}

	/** Debian's headless chromium with a profile folder of its own (AnnexIvExportTest uses it): see {@link Chromium}. */
	static String chromium(Path browserProfile, String... arguments) throws Exception {
		return Chromium.run(browserProfile, arguments);
	}

	static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}

	private static int pixels(BufferedImage image, int rgb) {
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xffffff) == rgb) {
					n++;
				}
			}
		}
		return n;
	}
}
