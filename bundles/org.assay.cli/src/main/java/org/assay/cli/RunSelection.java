package org.assay.cli;

import java.util.regex.Pattern;

import org.assay.generator.java.JavaNames;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * {@code assay run --suite NAME [--test NAME]}: only one suite (or one test of it) runs; the other tests keep their
 * last evidence. A suite runs as the JUnit class {@code <Name>Test} (a dataset's checks as {@code <Name>ChecksTest})
 * and a test as its method, named as the generators name them ({@link JavaNames}).
 */
record RunSelection(String suite, String test) {

	/** The selection of the options, or null when everything runs; a test without its suite is a usage error. */
	static RunSelection of(String suite, String test) {
		if (suite == null && test == null) {
			return null;
		}
		if (suite == null) {
			throw new IllegalArgumentException("--test " + test + " needs the suite it belongs to: --suite SUITE --test "
					+ test);
		}
		return new RunSelection(suite.substring(suite.lastIndexOf('.') + 1), test);
	}

	/** The JUnit filter that keeps the selected tests. */
	PostDiscoveryFilter filter() {
		String type = JavaNames.typeName(suite);
		Pattern method = test == null ? null : Pattern.compile(Pattern.quote(JavaNames.memberName(test)) + "(_\\d+)?");
		return descriptor -> {
			if (!(descriptor.getSource().orElse(null) instanceof MethodSource source)) {
				return FilterResult.included("a container: kept while it holds selected tests");
			}
			String simple = source.getClassName().substring(source.getClassName().lastIndexOf('.') + 1);
			boolean inSuite = simple.equals(type + "Test") || simple.equals(type + "ChecksTest");
			boolean selected = inSuite && (method == null || method.matcher(source.getMethodName()).matches());
			return FilterResult.includedIf(selected, () -> "selected", () -> "not in " + this);
		};
	}

	@Override
	public String toString() {
		return test == null ? "suite " + suite : "test " + suite + "." + test;
	}
}
