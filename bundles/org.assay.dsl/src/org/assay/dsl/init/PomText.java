package org.assay.dsl.init;

import org.assay.runtime.scan.SourceFormat;

/**
 * The {@code pom.xml} of a project made from a data file ({@code assay init} and the New Assay Project wizard): the
 * project template ({@code bundles/org.assay.ui/templates/pom.xml}, which the caller reads from where its build put
 * it) with the caller's Assay version, plus the Parquet reader when the data is a Parquet file.
 */
final class PomText {

	private PomText() {
	}

	/** {@code version} null keeps the template's {@code assay.version}. */
	static String write(String template, String version, String artifactId, String name, SourceFormat format) {
		String pom = template.replace("${artifactId}", artifactId).replace("${name}", xml(name));
		if (version != null) {
			pom = pom.replaceFirst("<assay\\.version>[^<]*</assay\\.version>", "<assay.version>" + version + "</assay.version>");
		}
		if (format == SourceFormat.PARQUET) {
			String runtime = "<artifactId>org.assay.runtime.djl</artifactId>\n\t\t\t<version>${assay.version}</version>\n\t\t</dependency>";
			pom = pom.replace(runtime, runtime + "\n\t\t<dependency>\n\t\t\t<!-- reads the Parquet data file -->\n\t\t\t"
					+ "<groupId>org.assay</groupId>\n\t\t\t<artifactId>org.assay.runtime.parquet</artifactId>\n\t\t\t"
					+ "<version>${assay.version}</version>\n\t\t</dependency>");
		}
		return pom;
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
