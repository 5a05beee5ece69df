package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.assay.runtime.ci.JUnitXml;
import org.assay.runtime.results.Run;

/** The files {@code assay run} writes for CI besides its evidence: JUnit XML of the run's verdicts. */
final class RunReports {

	private RunReports() {
	}

	/** Writes the run's JUnit XML into {@code folder}; false after saying why it could not. */
	static boolean writeJUnit(Path folder, Run run, PrintWriter out) {
		try {
			List<Path> files = JUnitXml.write(folder.toAbsolutePath().normalize(), run);
			out.println("      JUnit XML: " + files.size() + " file(s) in " + folder);
			return true;
		} catch (IOException e) {
			out.println("assay run: cannot write the JUnit XML into " + folder + ": " + e.getMessage());
			return false;
		}
	}
}
