package org.assay.runtime.spark.eval;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.assay.runtime.pipeline.PipelineRun;

/**
 * The project the evaluation tests score: the german-credit data with real-world damage appended (empty and unknown
 * cells, NaN, quoted values, a row without label, a row without group), and {@link CreditPipeline} trained on it once
 * per test JVM (its model saved as generated pipelines save theirs).
 */
final class CreditProject {

	static final String DAMAGED_ROWS = """
			12,,2,30,1,low,radio_television,own,female,good
			24,2500,2,NaN,1,none,business,"own",male,bad
			18,"1,200",3,41,2,high,usedcar,rent,male,
			6,900,1,22,1,unknown,other,own,female,good
			36,7000,4,55,1,none,"newcar",forfree,,bad
			""";

	private static Path project;

	private CreditProject() {
	}

	/** The trained project's folder (under target/). */
	static synchronized Path project() throws IOException {
		if (project == null) {
			Path dir = Paths.get("target/eval-project").toAbsolutePath();
			Path data = dir.resolve("data/german_credit.csv");
			Files.createDirectories(data.getParent());
			Path examples = Paths.get(System.getProperty("assay.examples", "../../examples"));
			String credit = Files.readString(examples.resolve("german-credit/data/german_credit.csv"), StandardCharsets.UTF_8);
			Files.writeString(data, credit + (credit.endsWith("\n") ? "" : "\n") + DAMAGED_ROWS, StandardCharsets.UTF_8);
			try (PipelineRun run = new CreditPipeline().run(dir)) {
				assertNull(run.failure(), "the pipeline trains");
			}
			project = dir;
		}
		return project;
	}

	static Path data() throws IOException {
		return project().resolve("data/german_credit.csv");
	}

	static Path modelFolder() throws IOException {
		return new CreditPipeline().modelFolder(project());
	}
}
