package org.assay.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic Assay workspace: data files, requirement files and suite files whose elements refer to each
 * other across files and into the standard catalogues. Deterministic for a given seed.
 */
final class SyntheticWorkspace {

	/** Attribute of requirement i is ATTRIBUTES[i % 3]; test i of the suite uses the matching pattern. */
	private static final String[] ATTRIBUTES = { "FunctionalCorrectness", "Robustness", "Fairness" };

	final List<Path> files = new ArrayList<>();
	long lines;

	/**
	 * @param dataFiles files with one dataset each
	 * @param requirementFiles files with {@code perFile} requirements (and a hazard) each
	 * @param perFile requirements per requirement file, and tests per suite file (one suite file per requirement file)
	 */
	static SyntheticWorkspace write(Path root, int dataFiles, int requirementFiles, int perFile, long seed) throws IOException {
		SyntheticWorkspace workspace = new SyntheticWorkspace();
		Random random = new Random(seed);
		for (int d = 0; d < dataFiles; d++) {
			workspace.file(root.resolve("data/data" + d + ".assay"), dataset(d));
		}
		for (int r = 0; r < requirementFiles; r++) {
			int d = random.nextInt(dataFiles);
			workspace.file(root.resolve("requirements/req" + r + ".assay"), requirements(r, d, perFile, random));
			workspace.file(root.resolve("suites/suite" + r + ".assay"), suite(r, d, perFile));
		}
		return workspace;
	}

	private void file(Path path, String text) throws IOException {
		Files.createDirectories(path.getParent());
		Files.writeString(path, text);
		files.add(path);
		lines += text.lines().count();
	}

	private static String dataset(int d) {
		StringBuilder text = new StringBuilder();
		text.append("namespace bench.data").append(d).append("\n\nimport assay.iso25012.*\n\n");
		text.append("dataset D").append(d).append(" \"Synthetic dataset ").append(d).append("\" {\n");
		text.append("\tdoc \"Generated for the DSL benchmark.\"\n");
		text.append("\tlabel outcome : category [good, bad]\n");
		for (int f = 0; f < 10; f++) {
			text.append("\tfeature x").append(f).append(" : double range 0 .. 1000\n");
		}
		text.append("\tfeature sex : category [f, m, d] protected\n");
		text.append("\tfeature region : category [north, south, east, west]\n");
		text.append("\tsplit train 70 %, validation 15 %, test 15 % seed ").append(d).append(" stratified by outcome\n");
		for (int s = 0; s < 8; s++) {
			text.append("\tslice S").append(s).append(" where x").append(s).append(" > ").append(100 * s)
					.append(" and region in [north, east]\n");
		}
		text.append("}\n\npipeline P").append(d).append(" {\n\tprepare D").append(d).append(" {\n")
				.append("\t\trequire completeness >= 0.95\n\t\tstandardize x0, x1, x2\n\t\tonehot region\n\t}\n")
				.append("\tmodel M : classifier mlp hidden [32, 16]\n\ttrain epochs 10 batch 32 seed ").append(d)
				.append("\n}\n");
		return text.toString();
	}

	private static String requirements(int r, int d, int perFile, Random random) {
		StringBuilder text = new StringBuilder();
		text.append("namespace bench.req").append(r).append("\n\nimport assay.iso25059.*\nimport bench.data").append(d)
				.append(".*\n\n");
		text.append("hazard H").append(r).append(" \"Synthetic hazard ").append(r).append("\" severity major likelihood remote\n\n");
		for (int i = 0; i < perFile; i++) {
			// the suite file verifies requirement i with pattern i % 3, which measures this attribute
			String attribute = ATTRIBUTES[i % ATTRIBUTES.length];
			text.append("// requirement ").append(i).append(" of file ").append(r).append(", refines ").append(attribute).append('\n');
			text.append("requirement R").append(r).append('_').append(i).append(" \"Requirement ").append(i)
					.append(" of file ").append(r).append("\" refines ").append(attribute);
			if (i == 0) {
				text.append(" mitigates H").append(r);
			}
			text.append(" {\n\tdoc \"Synthetic requirement for the benchmark, generated with a fixed seed.\"\n");
			switch (attribute) {
			case "Fairness" -> text.append("\taccept demographic_parity_difference by sex <= 0.0").append(1 + random.nextInt(9))
					.append(" on D").append(d).append(".test\n\taccept equalized_odds_difference by sex <= 0.1 on D").append(d)
					.append(".test\n");
			case "Robustness" -> text.append("\taccept accuracy >= 0.7 on D").append(d).append(".test under gaussian noise sigma 0.05 on x")
					.append(random.nextInt(10)).append("\n\taccept flip_rate <= 0.05 on D").append(d)
					.append(".test under uniform noise amplitude 0.1 on x").append(random.nextInt(10)).append('\n');
			default -> text.append("\taccept accuracy >= 0.8").append(random.nextInt(10)).append(" on D").append(d)
					.append(".S").append(random.nextInt(8)).append("\n\taccept f1 >= 0.75 on D").append(d).append(".test\n");
			}
			text.append("}\n\n");
		}
		return text.toString();
	}

	private static String suite(int r, int d, int perFile) {
		StringBuilder text = new StringBuilder();
		text.append("namespace bench.qa").append(r).append("\n\nimport assay.iso25059.*\nimport bench.data").append(d)
				.append(".*\nimport bench.req").append(r).append(".*\n\n");
		text.append("suite Q").append(r).append(" tests P").append(d).append(" {\n");
		for (int i = 0; i < perFile; i++) {
			text.append("\t// verifies requirement ").append(i).append(" of file ").append(r).append('\n');
			text.append("\ttest T").append(i).append(" verifies R").append(r).append('_').append(i).append(" : ");
			switch (i % 3) {
			case 0 -> text.append("threshold accuracy on D").append(d).append(".test >= 0.8\n");
			case 1 -> text.append("robustness under gaussian sigma 0.05 on x").append(i % 10).append(" repeat 5 confidence 95 %\n");
			default -> text.append("invariance swap sex f <-> m, flips <= 1 %\n");
			}
		}
		text.append("}\n");
		return text.toString();
	}
}
