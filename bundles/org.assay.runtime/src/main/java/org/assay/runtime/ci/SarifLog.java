package org.assay.runtime.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.lineage.Sha256;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Validation findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the format code-scanning
 * services read: one rule per issue code with what it finds and how to fix it, one result per finding with its file
 * (relative to a source root, {@value #SRCROOT}), region, level and a fingerprint made of the rule and the model element
 * (not of line numbers: inserting a line above leaves it unchanged). The output is a pure function of its input: the
 * same findings give the same bytes. See docs/ci-formats.md.
 */
public final class SarifLog {

	/** The uriBaseId that file locations are relative to. */
	public static final String SRCROOT = "SRCROOT";
	/** The key of Assay's fingerprint in {@code partialFingerprints}; bump its version when its recipe changes. */
	public static final String FINGERPRINT = "assayElement/v1";

	private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
			.withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

	private SarifLog() {
	}

	/**
	 * The log as UTF-8 JSON.
	 *
	 * @param version Assay's version, for {@code tool.driver.version}
	 * @param rules the rules to describe (all known ones); a finding of a rule not among them gets a plain entry
	 * @param findings the findings, in any order (written sorted by file and position)
	 * @param srcroot the folder file locations are written relative to (files outside it get absolute file URIs)
	 */
	public static byte[] write(String version, List<Rule> rules, List<Finding> findings, Path srcroot) {
		Path root = srcroot.toAbsolutePath().normalize();
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		ArrayNode ruleNodes = JSON.createArrayNode();
		List<Rule> all = new ArrayList<>(rules);
		findings.stream().map(Finding::rule).distinct().filter(id -> all.stream().noneMatch(r -> r.id().equals(id)))
				.forEach(id -> all.add(new Rule(id, "An Assay diagnostic (" + id + ")", "follow the advice in the message")));
		for (Rule rule : all) {
			if (ruleIndex.putIfAbsent(rule.id(), ruleIndex.size()) == null) {
				ruleNodes.add(rule(rule));
			}
		}
		ObjectNode log = JSON.createObjectNode();
		log.put("$schema", SCHEMA).put("version", "2.1.0");
		ObjectNode run = log.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver");
		driver.put("name", "Assay");
		if (version != null) {
			driver.put("version", version);
			if (version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) { // "0.1.0-SNAPSHOT" is a semantic version, "dev" is not
				driver.put("semanticVersion", version);
			}
		}
		driver.set("rules", ruleNodes);
		run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description").put("text",
				"The folder the file locations are relative to (assay validate --srcroot; by default the working folder).");
		run.put("columnKind", "utf16CodeUnits");
		ArrayNode results = run.putArray("results");
		Map<String, Integer> seen = new HashMap<>();
		for (Finding finding : sorted(findings, root)) {
			String uri = uri(finding.file(), root);
			ObjectNode result = results.addObject();
			result.put("ruleId", finding.rule()).put("ruleIndex", ruleIndex.get(finding.rule()))
					.put("level", finding.level().sarif());
			result.putObject("message").put("text", finding.message());
			ObjectNode location = result.putArray("locations").addObject();
			ObjectNode physical = location.putObject("physicalLocation");
			ObjectNode artifact = physical.putObject("artifactLocation").put("uri", uri);
			if (!uri.startsWith("file:")) {
				artifact.put("uriBaseId", SRCROOT);
			}
			if (finding.region() != null) {
				physical.set("region", region(finding.region()));
			}
			if (finding.element() != null) {
				location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.element())
						.put("kind", "element");
			}
			String key = finding.rule() + "\n" + (finding.element() != null ? finding.element() : uri + "\n" + finding.message());
			int occurrence = seen.merge(key, 1, Integer::sum);
			result.putObject("partialFingerprints").put(FINGERPRINT,
					Sha256.of((key + "\n" + occurrence).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			byte[] json = JSON.writer(PRETTY).writeValueAsBytes(log);
			byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
			withNewline[json.length] = '\n';
			return withNewline;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the SARIF log", e);
		}
	}

	/** A file's location: relative to the root (with '/'), or an absolute file URI when it lies outside. */
	static String uri(Path file, Path root) {
		if (file.startsWith(root)) {
			StringBuilder uri = new StringBuilder();
			for (Path part : root.relativize(file)) {
				if (!uri.isEmpty()) {
					uri.append('/');
				}
				uri.append(java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
			}
			return uri.toString();
		}
		return file.toUri().toString();
	}

	private static ObjectNode rule(Rule rule) {
		ObjectNode node = JSON.createObjectNode();
		node.put("id", rule.id());
		node.putObject("shortDescription").put("text", sentence(rule.description()));
		node.putObject("fullDescription").put("text", sentence(rule.description()) + " Fix: " + sentence(rule.fix()));
		node.putObject("help").put("text", sentence(rule.fix()))
				.put("markdown", "**" + sentence(rule.description()) + "**\n\nFix: " + sentence(rule.fix()));
		return node;
	}

	private static ObjectNode region(Finding.Region region) {
		ObjectNode node = JSON.createObjectNode();
		node.put("startLine", Math.max(1, region.startLine())).put("startColumn", Math.max(1, region.startColumn()))
				.put("endLine", Math.max(Math.max(1, region.startLine()), region.endLine()))
				.put("endColumn", Math.max(1, region.endColumn()));
		if (region.offset() >= 0) {
			node.put("charOffset", region.offset()).put("charLength", Math.max(0, region.length()));
		}
		return node;
	}

	private static List<Finding> sorted(List<Finding> findings, Path root) {
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparing((Finding f) -> uri(f.file(), root))
				.thenComparingInt(f -> f.region() == null ? 0 : f.region().startLine())
				.thenComparingInt(f -> f.region() == null ? 0 : f.region().startColumn())
				.thenComparing(Finding::rule).thenComparing(Finding::message));
		return sorted;
	}

	private static String sentence(String text) {
		String capital = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
		return capital.endsWith(".") ? capital : capital + ".";
	}
}
