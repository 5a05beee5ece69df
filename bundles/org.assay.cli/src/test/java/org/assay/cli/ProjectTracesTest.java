package org.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads a project's trace (report, score, the three exports) says the same thing, on its error
 * stream and with exit code 2, when it is given a path that is not a project folder: a missing folder or a file.
 */
class ProjectTracesTest {

	private static final List<List<String>> COMMANDS = List.of(List.of("report"), List.of("score"), List.of("export", "gsn"),
			List.of("export", "annex-iv"), List.of("export", "reqif"));

	@TempDir
	Path dir;

	@Test
	void aPathThatIsNoFolderIsOneMessageForEveryCommand() throws Exception {
		Path file = Files.writeString(dir.resolve("model.assay"), "project p {}\n");
		for (Path path : List.of(dir.resolve("nowhere"), file)) {
			for (List<String> command : COMMANDS) {
				StringWriter out = new StringWriter();
				StringWriter err = new StringWriter();
				List<String> args = new ArrayList<>(command);
				args.add(path.toString());
				int code = AssayCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
				String said = "assay " + String.join(" ", command) + ": " + path
						+ " is not a folder: name the folder of an Assay project";
				assertEquals(2, code, args + "\nout: " + out + "\nerr: " + err);
				assertTrue(err.toString().contains(said), args + " says on its error stream: " + err);
				assertFalse(out.toString().contains("is not a folder"), args + " says it on its output: " + out);
			}
		}
		assertTrue(Files.isRegularFile(file) && Files.notExists(dir.resolve("target")), "nothing was written");
	}
}
