package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * What validation checks on the files a model names, on real files: the path stays inside the project (also through
 * links), and an existing data file is readable, UTF-8 and has the declared columns — reading only its header.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayDataFileValidationTest {

	@Inject
	private AssayTestSupport support;

	@TempDir
	Path project;

	private static final String DATASET = """
			dataset D {
				%s
				label y : category [yes, no]
				feature age : int
				feature band : category ["18-25", "26-35"]
				feature px : tensor [2]
			}
			""";

	private List<Issue> validate(String source) throws Exception {
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		Path model = project.resolve("m.assay");
		Files.writeString(model, DATASET.formatted(source));
		XtextResourceSet set = support.newResourceSet();
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(model.toString()), true);
		return support.validate(resource);
	}

	private Path data(String content) throws Exception {
		return data(content.getBytes(StandardCharsets.UTF_8));
	}

	private Path data(byte[] content) throws Exception {
		return Files.write(Files.createDirectories(project.resolve("data")).resolve("d.csv"), content);
	}

	/** Errors and warnings (the data-file checks warn). */
	private static List<Issue> problems(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING).toList();
	}

	/** The single issue with the code, reported on the source's path (line 2, the quoted path). */
	private static Issue onPath(List<Issue> issues, String code, Severity severity) {
		Issue issue = AssayCrossFileValidationTest.single(issues, code);
		assertEquals(severity, issue.getSeverity(), issue.getMessage());
		assertEquals(2, issue.getLineNumber());
		assertEquals("\tsource csv ".length() + 1, issue.getColumn(), "at the path");
		return issue;
	}

	@Test
	void aMatchingHeaderRaisesNothing() throws Exception {
		data("y,age,band,px_0,px_1\nyes,30,18-25,0.1,0.2\n");
		List<Issue> issues = validate("source csv \"data/d.csv\"");
		assertEquals(List.of(), problems(issues), AssayTestSupport.describe(issues));
		AssayCrossFileValidationTest.assertNone(issues, DATA_COLUMN_UNDECLARED);
	}

	@Test
	void missingColumnsAreErrorsAndUndeclaredColumnsInformation() throws Exception {
		data("\uFEFFy,\"age\",band,px_0,notes,\"x, y\"\nyes,30,18-25,0.1,,\n");
		List<Issue> issues = validate("source csv \"data/d.csv\"");
		Issue missing = onPath(issues, DATA_COLUMN_MISSING, Severity.WARNING);
		assertTrue(missing.getMessage().contains("'px_1'"), missing.getMessage());
		assertEquals(List.of("px_1"), Arrays.asList(missing.getData()));
		Issue undeclared = onPath(issues, DATA_COLUMN_UNDECLARED, Severity.INFO);
		assertEquals(List.of("notes", "x, y"), Arrays.asList(undeclared.getData()));
	}

	/** A Parquet file is binary: its bytes are not read as a CSV header (they would be "not UTF-8"). */
	@Test
	void aParquetFileIsNotReadAsACsvHeader() throws Exception {
		byte[] parquet = { 'P', 'A', 'R', '1', (byte) 0x15, (byte) 0xE9, 0, 0, '\n', 'P', 'A', 'R', '1' };
		Files.write(Files.createDirectories(project.resolve("data")).resolve("d.parquet"), parquet);
		List<Issue> issues = validate("source parquet \"data/d.parquet\"");
		assertEquals(List.of(), problems(issues), AssayTestSupport.describe(issues));
		AssayCrossFileValidationTest.single(issues, DATA_HASH_NOT_RECORDED);
	}

	@Test
	void aHeaderThatIsNotUtf8IsAnError() throws Exception {
		data(new byte[] { 'y', ',', 'a', (byte) 0xE9, 'e', '\n', 'y', 'e', 's', '\n' });
		Issue issue = onPath(validate("source csv \"data/d.csv\""), DATA_FILE_NOT_UTF8, Severity.WARNING);
		assertTrue(issue.getMessage().contains("byte 4"), issue.getMessage());
	}

	@Test
	void anEmptyFileOrADuplicateColumnIsAnInvalidHeader() throws Exception {
		data("");
		onPath(validate("source csv \"data/d.csv\""), DATA_HEADER_INVALID, Severity.WARNING);
		data("y,age,band,px_0,px_1,age\n");
		Issue duplicate = onPath(validate("source csv \"data/d.csv\""), DATA_HEADER_INVALID, Severity.WARNING);
		assertTrue(duplicate.getMessage().contains("'age' appears twice"), duplicate.getMessage());
	}

	/** Validation reads the header only: a bad byte in a row of a large file is the run's to report. */
	@Test
	void aBadByteBeyondTheHeaderOfALargeFileIsNotFlagged() throws Exception {
		StringBuilder rows = new StringBuilder("y,age,band,px_0,px_1\n");
		while (rows.length() < 8 << 20) {
			rows.append("yes,30,18-25,0.1,0.2\n");
		}
		byte[] bytes = rows.append("no,31,26-35,0.3,0.4\n").toString().getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 3] = (byte) 0xFF;
		data(bytes);
		List<Issue> issues = validate("source csv \"data/d.csv\"");
		assertEquals(List.of(), problems(issues), AssayTestSupport.describe(issues));
	}

	/**
	 * Found: '../../../../../etc/passwd' was read. Validation reports the path at the declaration and reads nothing
	 * there (no content hash of the file is offered). Failed before the fix: no error, and the file was hashed.
	 */
	@Test
	void aPathOutsideTheProjectIsAnErrorAndIsNotRead() throws Exception {
		for (String path : List.of("../../../../../etc/passwd", "/etc/passwd", "data/../../outside.csv")) {
			List<Issue> issues = validate("source csv \"" + path + "\"");
			Issue issue = onPath(issues, PATH_OUTSIDE_PROJECT, Severity.ERROR);
			assertTrue(issue.getMessage().contains("'external'"), issue.getMessage());
			AssayCrossFileValidationTest.assertNone(issues, DATA_HASH_NOT_RECORDED);
			AssayCrossFileValidationTest.assertNone(issues, DATA_COLUMN_MISSING);
		}
	}

	@Test
	void aLinkOutOfTheProjectIsAnErrorUnlessExternal() throws Exception {
		Path outside = Files.createTempDirectory("assay-outside");
		try {
			Path secret = Files.writeString(outside.resolve("secret.csv"), "SECRET,y\n1,yes\n");
			Files.createDirectories(project.resolve("data"));
			Files.createSymbolicLink(project.resolve("data/link.csv"), secret);
			List<Issue> issues = validate("source csv \"data/link.csv\"");
			Issue issue = onPath(issues, PATH_OUTSIDE_PROJECT, Severity.ERROR);
			assertTrue(issue.getMessage().contains("link"), issue.getMessage());
			AssayCrossFileValidationTest.assertNone(issues, DATA_HASH_NOT_RECORDED);
			assertFalse(AssayTestSupport.describe(issues).contains("SECRET"));

			List<Issue> external = validate("source csv \"" + secret + "\" external");
			AssayCrossFileValidationTest.assertNone(external, PATH_OUTSIDE_PROJECT);
			onPath(external, DATA_COLUMN_MISSING, Severity.WARNING); // an external file is checked like any other
		} finally {
			Files.deleteIfExists(project.resolve("data/link.csv"));
			Files.deleteIfExists(outside.resolve("secret.csv"));
			Files.deleteIfExists(outside);
		}
	}

	/** Found by fuzzing: a NUL character in a data path threw InvalidPathException out of the data-file check. */
	@Test
	void aNulCharacterInAPathIsALocatedError() throws Exception {
		List<Issue> issues = validate("source csv \"data/a\\u0000b.csv\"");
		Issue issue = onPath(issues, PATH_INVALID, Severity.ERROR);
		assertTrue(issue.getMessage().contains("U+0000"), issue.getMessage());
		assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("EValidator") || i.getLineNumber() == null
				|| i.getLineNumber() < 1), AssayTestSupport.describe(issues));
	}
}
