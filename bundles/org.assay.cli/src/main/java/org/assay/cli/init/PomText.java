package org.assay.cli.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.assay.runtime.scan.SourceFormat;

/**
 * The {@code pom.xml} of a project made by {@code assay init}: the New Assay Project wizard's template
 * ({@code bundles/org.assay.ui/templates/pom.xml}, copied into the CLI by its build) with this Assay's version, plus
 * the Parquet reader when the data is a Parquet file.
 */
final class PomText {

	private PomText() {
	}

	static String write(String artifactId, String name, SourceFormat format) {
		String pom = resource("pom.xml").replace("${artifactId}", artifactId).replace("${name}", xml(name))
				.replaceFirst("<assay\\.version>[^<]*</assay\\.version>", "<assay.version>" + version() + "</assay.version>");
		if (format == SourceFormat.PARQUET) {
			String runtime = "<artifactId>org.assay.runtime.djl</artifactId>\n\t\t\t<version>${assay.version}</version>\n\t\t</dependency>";
			pom = pom.replace(runtime, runtime + "\n\t\t<dependency>\n\t\t\t<!-- reads the Parquet data file -->\n\t\t\t"
					+ "<groupId>org.assay</groupId>\n\t\t\t<artifactId>org.assay.runtime.parquet</artifactId>\n\t\t\t"
					+ "<version>${assay.version}</version>\n\t\t</dependency>");
		}
		return pom;
	}

	/** The version of Assay this command line is (the projects it makes depend on it). */
	static String version() {
		Properties properties = new Properties();
		try (InputStream in = PomText.class.getResourceAsStream("assay.properties")) {
			properties.load(in);
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("assay.properties is missing from the command line's build", e);
		}
		return properties.getProperty("version");
	}

	private static String resource(String name) {
		try (InputStream in = PomText.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " (the project template) is missing from the command line's build");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
