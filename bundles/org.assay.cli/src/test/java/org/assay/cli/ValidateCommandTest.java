package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

	@TempDir
	Path folder;

	private record Result(int code, String out, String err) {
	}

	private static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(code, out.toString(), err.toString());
	}

	@Test
	void sharedSketchValidatesWithoutErrors() {
		Path sketch = Paths.get("../../tests/models/credit-scoring").toAbsolutePath().normalize();
		Result result = run("validate", sketch.toString());
		assertEquals(0, result.code(), result.out() + result.err());
		assertTrue(result.out().contains("1 file(s) validated: 0 error(s)"), result.out());
	}

	@Test
	void errorsAreReportedWithFileLineColumnAndCodeAcrossFiles() throws Exception {
		Files.writeString(folder.resolve("data.assay"), "namespace d\ndataset D { feature x : int split a 60 %, b 60 % seed 1 }\n");
		Files.writeString(folder.resolve("req.assay"), """
				namespace r
				import assay.iso25059.*
				import d.*
				requirement R refines FunctionalCorrectness {
					accept accuracy >= 2 on D.a
				}
				""");
		Result result = run("validate", folder.toString());
		assertEquals(1, result.code(), result.out());
		String req = folder.resolve("req.assay").toString();
		assertTrue(result.out().contains(req + ":5:21: error: Threshold 2 is outside"), result.out());
		assertTrue(result.out().contains("[thresholdOutOfRange]"), result.out());
		assertTrue(result.out().contains(folder.resolve("data.assay") + ":2:35: error:"), result.out());
		assertTrue(result.out().contains("[splitSharesNot100]"), result.out());
		assertFalse(result.out().contains("Linking"), "D.a resolves across files: " + result.out());
	}

	@Test
	void missingPathIsAUsageError() {
		Result result = run("validate", folder.resolve("nothing.assay").toString());
		assertEquals(2, result.code());
		assertTrue(result.err().contains("no such file"), result.err());
	}

	@Test
	void helpDescribesTheCommand() {
		Result result = run("validate", "--help");
		assertEquals(0, result.code());
		assertTrue(result.out().contains("file:line:column") || result.out().contains("Validate .assay files"), result.out());
	}
}
