package org.assay.trace.annex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.runtime.lineage.Sha256;
import org.assay.runtime.results.AtomicFiles;

/**
 * The export bundle of {@code assay export annex-iv} and the Maven goal {@code annex-iv}: {@value #ANNEX_HTML},
 * {@value #ANNEX_JSON}, {@value #INSTRUCTIONS_HTML}, and {@value #MANIFEST}, the SHA-256 of each of them in
 * {@code sha256sum} format ({@code hash, two spaces, name}), sorted by name, so {@code sha256sum -c manifest.sha256}
 * verifies the bundle. Each file is written atomically.
 */
public final class AnnexBundle {

	public static final String ANNEX_HTML = "annex-iv.html";
	public static final String ANNEX_JSON = "annex-iv.json";
	public static final String INSTRUCTIONS_HTML = "instructions-for-use.html";
	public static final String MANIFEST = "manifest.sha256";

	/** Where the bundle goes in a project unless told otherwise. */
	public static final String DEFAULT_FOLDER = "target/assay/annex-iv";

	private AnnexBundle() {
	}

	/** Writes the bundle into a folder (created if needed); returns the files written, the manifest last. */
	public static List<Path> write(AnnexDocument doc, Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		files.put(ANNEX_HTML, AnnexHtml.annex(doc).getBytes(StandardCharsets.UTF_8));
		files.put(ANNEX_JSON, AnnexJson.render(doc).getBytes(StandardCharsets.UTF_8));
		files.put(INSTRUCTIONS_HTML, AnnexHtml.instructions(doc).getBytes(StandardCharsets.UTF_8));
		StringBuilder manifest = new StringBuilder();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			AtomicFiles.write(folder.resolve(file.getKey()), file.getValue());
			manifest.append(Sha256.of(file.getValue())).append("  ").append(file.getKey()).append('\n');
		}
		AtomicFiles.write(folder.resolve(MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8));
		return List.of(folder.resolve(ANNEX_HTML), folder.resolve(ANNEX_JSON), folder.resolve(INSTRUCTIONS_HTML),
				folder.resolve(MANIFEST));
	}

	/**
	 * The export's timestamp, ISO 8601 in UTC to the second: the given instant ({@code 2026-11-30T12:00:00Z}, or seconds
	 * since 1970 as Maven's {@code project.build.outputTimestamp} and {@code SOURCE_DATE_EPOCH} allow), else the first
	 * fallback that is set, else now.
	 *
	 * @throws IllegalArgumentException naming the value that is neither an instant nor a number of seconds
	 */
	public static String timestamp(String... candidates) {
		for (String value : candidates) {
			if (value == null || value.isBlank()) {
				continue;
			}
			String v = value.strip();
			try {
				return v.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(v)).toString()
						: Instant.parse(v).truncatedTo(ChronoUnit.SECONDS).toString();
			} catch (DateTimeParseException | NumberFormatException e) {
				throw new IllegalArgumentException("'" + v + "' is not a timestamp: write an instant such as "
						+ "2026-11-30T12:00:00Z or a number of seconds since 1970");
			}
		}
		return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
	}
}
