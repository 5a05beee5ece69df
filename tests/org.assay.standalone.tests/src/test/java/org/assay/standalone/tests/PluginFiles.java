package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.assay.cli.AssayCli;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * What the Maven plugin wrote into a built project, checked: SARIF and JUnit XML against the schemas the command line's
 * tests use ({@code bundles/org.assay.cli/src/test/resources/schemas/}), the safety case and the ML Test Score byte for
 * byte against what the command line writes for the same project, and the Annex IV bundle too.
 */
final class PluginFiles {

	private static final Path SCHEMAS = GeneratorTest.ROOT.resolve("bundles/org.assay.cli/src/test/resources/schemas");

	private PluginFiles() {
	}

	static void sarif(Path log) throws Exception {
		try (InputStream schema = Files.newInputStream(SCHEMAS.resolve("sarif-schema-2.1.0.json"))) {
			var errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema, InputFormat.JSON)
					.validate(Files.readString(log), InputFormat.JSON);
			assertEquals(List.of(), errors.stream().map(Object::toString).toList(), log.toString());
		}
	}

	static void junit(Path report) throws Exception {
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SCHEMAS.resolve("junit.xsd").toFile())
				.newValidator().validate(new StreamSource(report.toFile()));
	}

	/** The plugin's safety case (SVG, JSON) and score (table, JSON) equal what {@code assay export gsn} and {@code assay score} write. */
	static void sameAsTheCommandLine(Path project) throws Exception {
		Path cli = Files.createTempDirectory(project, "cli");
		assertEquals(0, cli("export", "gsn", project.toString(), "-o", cli.resolve("case.svg").toString(), "--json",
				cli.resolve("case.json").toString()).code);
		assertEquals(Files.readString(cli.resolve("case.svg")), Files.readString(project.resolve("target/assay/safety-case.svg")));
		assertEquals(Files.readString(cli.resolve("case.json")), Files.readString(project.resolve("target/assay/safety-case.json")));
		assertEquals(cli("score", project.toString()).out, Files.readString(project.resolve("target/assay/ml-test-score.txt")));
		assertEquals(cli("score", "--json", project.toString()).out,
				Files.readString(project.resolve("target/assay/ml-test-score.json")));
		// the Annex IV bundle, exported with the timestamp the build declared (-Dassay.annexIvTimestamp)
		assertEquals(0, cli("export", "annex-iv", project.toString(), "-o", cli.resolve("annex-iv").toString(), "--timestamp",
				ANNEX_TIMESTAMP).code);
		for (String file : List.of("annex-iv.html", "annex-iv.json", "instructions-for-use.html", "manifest.sha256")) {
			assertEquals(Files.readString(cli.resolve("annex-iv").resolve(file)),
					Files.readString(project.resolve("target/assay/annex-iv").resolve(file)), file);
		}
	}

	/** The Annex IV timestamp the tests' builds declare, so that the plugin's bundle can equal the command line's. */
	static final String ANNEX_TIMESTAMP = "2026-11-30T12:00:00Z";

	private record Result(int code, String out) {
	}

	private static Result cli(String... args) {
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
		return new Result(code, out.toString());
	}
}
