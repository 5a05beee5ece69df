package org.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, for the tests that open the HTML report in a real browser (in this JVM's network
 * namespace: nothing outside can be reached).
 */
final class Chromium {

	private Chromium() {
	}

	/** Runs chromium with a fresh profile folder and the arguments; its standard output (the DOM for --dump-dom). */
	static String run(Path profile, String... arguments) throws Exception {
		Path browser = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Paths::get).filter(Files::isExecutable)
				.findFirst().orElseThrow(() -> new AssertionError("the report is tested in Debian's chromium: apt-get install chromium"));
		List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--hide-scrollbars", "--no-first-run", "--user-data-dir=" + profile));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium finished");
		assertEquals(0, process.exitValue(), "chromium exit code");
		return stdout;
	}
}
