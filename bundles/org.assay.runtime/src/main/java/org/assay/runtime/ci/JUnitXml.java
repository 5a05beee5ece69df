package org.assay.runtime.ci;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.assay.runtime.results.AtomicFiles;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.Run;
import org.assay.runtime.stats.Verdict;

/**
 * A run's evidence as JUnit XML, the Ant/Surefire report format CI servers show as test results: one file per suite
 * ({@code TEST-<suite>.xml}), one {@code testcase} per test (its last result in the run; classname the suite, name the
 * test). PASS and WARN pass; FAIL and INCONCLUSIVE are failures, ERROR an error, NO_DATA skipped (nothing was measured;
 * {@code assay run} still exits with 2 for it); value, interval and criterion are in the message; the requirements,
 * verdict and measurement are the test case's properties. The evidence records no durations, so times are 0. See
 * docs/ci-formats.md.
 */
public final class JUnitXml {

	private JUnitXml() {
	}

	/** Writes one file per suite of the run into {@code folder}; returns the files written, in suite order. */
	public static List<Path> write(Path folder, Run run) throws IOException {
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : render(run).entrySet()) {
			Path path = folder.resolve(file.getKey());
			AtomicFiles.write(path, file.getValue());
			written.add(path);
		}
		return written;
	}

	/** The files of a run: file name → UTF-8 XML, one per suite, in the order the suites first recorded. */
	public static Map<String, byte[]> render(Run run) {
		Map<String, List<Evidence>> suites = new LinkedHashMap<>();
		run.latest().values().forEach(e -> suites.computeIfAbsent(e.suite(), s -> new ArrayList<>()).add(e));
		Map<String, byte[]> files = new LinkedHashMap<>();
		suites.forEach((suite, tests) -> files.put(fileName(suite), suite(run, suite, tests)));
		return files;
	}

	/** {@code TEST-<suite>.xml}, with characters other than letters, digits, '.', '-' and '_' replaced by '_'. */
	static String fileName(String suite) {
		return "TEST-" + suite.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
	}

	private static byte[] suite(Run run, String suite, List<Evidence> tests) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
			Indented out = new Indented(xml);
			xml.writeStartDocument("UTF-8", "1.0");
			out.start(0, "testsuite");
			out.attribute("name", suite);
			out.attribute("tests", Integer.toString(tests.size()));
			out.attribute("failures", Long.toString(count(tests, Verdict.FAIL) + count(tests, Verdict.INCONCLUSIVE)));
			out.attribute("errors", Long.toString(count(tests, Verdict.ERROR)));
			out.attribute("skipped", Long.toString(count(tests, Verdict.NO_DATA)));
			out.attribute("time", "0");
			out.attribute("timestamp", timestamp(run.info().started()));
			out.attribute("hostname", "localhost");
			out.start(1, "properties");
			property(out, 2, "assay.run", run.info().id());
			property(out, 2, "assay.started", run.info().started());
			property(out, 2, "assay.commit", run.info().commit());
			out.end(1);
			for (Evidence test : tests) {
				testcase(out, test);
			}
			out.end(0);
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write the JUnit XML of suite " + suite, e);
		}
		return bytes.toByteArray();
	}

	private static void testcase(Indented out, Evidence test) throws XMLStreamException {
		out.start(1, "testcase");
		out.attribute("name", test.test());
		out.attribute("classname", test.suite());
		out.attribute("time", "0");
		out.start(2, "properties");
		for (String requirement : test.requirements()) {
			property(out, 3, "requirement", requirement);
		}
		property(out, 3, "verdict", test.verdict() == null ? null : test.verdict().name());
		property(out, 3, "metric", test.metric());
		property(out, 3, "value", number(test.value()));
		property(out, 3, "lower", number(test.lower()));
		property(out, 3, "upper", number(test.upper()));
		property(out, 3, "confidence", number(test.confidence()));
		property(out, 3, "criterion", test.criterion());
		property(out, 3, "source", test.source());
		out.end(2);
		String outcome = switch (test.verdict() == null ? Verdict.ERROR : test.verdict()) {
		case PASS, WARN -> null;
		case FAIL, INCONCLUSIVE -> "failure";
		case ERROR -> "error";
		case NO_DATA -> "skipped";
		};
		if (outcome != null) {
			out.start(2, outcome);
			out.attribute("message", Verdicts.headline(test));
			if (!outcome.equals("skipped")) {
				out.attribute("type", String.valueOf(test.verdict()));
			}
			out.text(Verdicts.body(test));
			out.endInline();
		}
		out.start(2, "system-out");
		out.text(Verdicts.headline(test) + "\n" + Verdicts.body(test));
		out.endInline();
		out.end(1);
	}

	private static long count(List<Evidence> tests, Verdict verdict) {
		return tests.stream().filter(e -> e.verdict() == verdict).count();
	}

	private static void property(Indented out, int depth, String name, String value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		out.empty(depth, "property");
		out.attribute("name", name);
		out.attribute("value", value);
	}

	private static String number(double value) {
		return Double.isNaN(value) ? null : Double.toString(value);
	}

	/** The Ant format's timestamp: ISO 8601 in UTC without a zone; the run's start, or now when it is not known. */
	static String timestamp(String started) {
		Instant instant = Instant.now();
		if (started != null) {
			try {
				instant = Instant.parse(started);
			} catch (DateTimeParseException e) {
				// a run line from a hand-edited file: the time of writing is as good as any
			}
		}
		return LocalDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZoneOffset.UTC)
				.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(Locale.ROOT));
	}

	/** Indents elements by depth (tabs) and keeps text free of characters XML 1.0 cannot hold. */
	private static final class Indented {
		private final XMLStreamWriter xml;

		Indented(XMLStreamWriter xml) {
			this.xml = xml;
		}

		void start(int depth, String name) throws XMLStreamException {
			xml.writeCharacters("\n" + "\t".repeat(depth));
			xml.writeStartElement(name);
		}

		void empty(int depth, String name) throws XMLStreamException {
			xml.writeCharacters("\n" + "\t".repeat(depth));
			xml.writeEmptyElement(name);
		}

		void attribute(String name, String value) throws XMLStreamException {
			xml.writeAttribute(name, XmlText.clean(value));
		}

		void text(String text) throws XMLStreamException {
			xml.writeCharacters(XmlText.clean(text));
		}

		void endInline() throws XMLStreamException {
			xml.writeEndElement();
		}

		void end(int depth) throws XMLStreamException {
			xml.writeCharacters("\n" + "\t".repeat(depth));
			xml.writeEndElement();
		}
	}
}
