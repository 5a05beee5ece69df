package org.assay.runtime.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What identifies a run: its id, when it started, and the git commit of the project when the project is inside a git
 * repository (read from {@code .git} directly, no {@code git} process). One run is everything one JVM records, unless
 * the system property {@value #ID_PROPERTY} names the run (as {@code assay run} does for each of its runs).
 *
 * @param id unique, sortable by start: {@code 20261130T113447Z-3fa9c1}
 * @param started start time, ISO-8601 UTC
 * @param commit the commit the project's HEAD names, or null when it is not in a git repository (or HEAD is unborn)
 */
public record RunInfo(String id, String started, String commit) {

	/** System property naming the current run; unset, one run per JVM. */
	public static final String ID_PROPERTY = "assay.run.id";

	private static final Map<String, RunInfo> CURRENT = new ConcurrentHashMap<>();
	private static final String JVM_RUN = newId(Instant.now());
	private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

	/** A fresh run id for a run starting now. */
	public static String newId() {
		return newId(Instant.now());
	}

	private static String newId(Instant started) {
		byte[] random = new byte[3];
		new SecureRandom().nextBytes(random);
		return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC).format(started) + "-"
				+ HexFormat.of().formatHex(random);
	}

	/** The current run of {@code project}: the same object for every call with the same run id. */
	public static RunInfo current(Path project) {
		String id = System.getProperty(ID_PROPERTY, JVM_RUN);
		return CURRENT.computeIfAbsent(id + "\n" + project.toAbsolutePath().normalize(), key -> new RunInfo(id,
				Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), commit(project)));
	}

	/** The commit HEAD names in the git repository holding {@code folder}, or null. */
	public static String commit(Path folder) {
		try {
			for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
				Path dotGit = dir.resolve(".git");
				if (Files.isDirectory(dotGit)) {
					return head(dotGit, dotGit);
				}
				if (Files.isRegularFile(dotGit)) { // a worktree or submodule: "gitdir: <path>"
					String line = firstLine(dotGit);
					if (line == null || !line.startsWith("gitdir:")) {
						return null;
					}
					Path gitDir = dir.resolve(line.substring("gitdir:".length()).strip()).normalize();
					Path commonFile = gitDir.resolve("commondir");
					Path common = Files.isRegularFile(commonFile) ? gitDir.resolve(firstLine(commonFile)).normalize() : gitDir;
					return head(gitDir, common);
				}
			}
		} catch (IOException | RuntimeException e) {
			return null; // no identification is better than a run that cannot record its evidence
		}
		return null;
	}

	private static String head(Path gitDir, Path common) throws IOException {
		String head = firstLine(gitDir.resolve("HEAD"));
		if (head == null) {
			return null;
		}
		if (!head.startsWith("ref:")) {
			return HASH.matcher(head).matches() ? head : null;
		}
		String ref = head.substring("ref:".length()).strip();
		for (Path dir : List.of(gitDir, common)) {
			Path loose = dir.resolve(ref);
			if (Files.isRegularFile(loose)) {
				String hash = firstLine(loose);
				return hash != null && HASH.matcher(hash).matches() ? hash : null;
			}
		}
		Path packed = common.resolve("packed-refs");
		if (Files.isRegularFile(packed)) {
			for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
				if (line.endsWith(" " + ref) && HASH.matcher(line.substring(0, line.indexOf(' '))).matches()) {
					return line.substring(0, line.indexOf(' '));
				}
			}
		}
		return null;
	}

	private static String firstLine(Path file) throws IOException {
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return lines.findFirst().map(String::strip).orElse(null);
		}
	}
}
