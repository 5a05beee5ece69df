package org.assay.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.lineage.Sha256;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.ResultsFile;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineageAndResultsTest {

	@TempDir
	Path folder;

	@Test
	void changingOneByteChangesTheHashAndMarksTheResultSuspect() throws Exception {
		Path data = folder.resolve("d.csv");
		Files.writeString(data, "x\n1\n2\n");
		Lineage before = Lineage.builder().input("data/d.csv", data).seed("split", 42).build();
		// reference: printf "x\n1\n2\n" | sha256sum (GNU coreutils)
		assertEquals("aea284871ddeeebac4b57b7a8ee7dad070886e690408ce2409306b9b6487beb1", Sha256.of("x\n1\n2\n".getBytes()));
		assertEquals(Sha256.of("x\n1\n2\n".getBytes()), before.inputs().get("data/d.csv"));

		byte[] bytes = Files.readAllBytes(data);
		bytes[2] ^= 1;
		Files.write(data, bytes);
		Lineage after = Lineage.builder().input("data/d.csv", data).build();
		assertNotEquals(before.inputs().get("data/d.csv"), after.inputs().get("data/d.csv"));
		assertEquals(Map.of("data/d.csv", after.inputs().get("data/d.csv")), after.changedInputs(before.inputs()));
		assertEquals(Map.of(), before.changedInputs(before.inputs()));
	}

	@Test
	void folderHashCoversNamesAndContents() throws Exception {
		Path model = Files.createDirectories(folder.resolve("model"));
		Files.writeString(model.resolve("a.bin"), "A");
		String first = Sha256.of(model);
		Files.writeString(model.resolve("a.bin"), "B");
		assertNotEquals(first, Sha256.of(model));
	}

	@Test
	void resultsAreAppendedAtomicallyAndReadBack() throws Exception {
		Path results = folder.resolve("target/assay/results.json");
		Lineage lineage = Lineage.builder().seed("train", 7).version("djl", "0.36.0").build();
		Evidence pass = new Evidence("credit.ScoringQA", "Accuracy", List.of("credit.R1"), "credit.assay:62", "accuracy", 0.87,
				0.85, 0.89, 0.95, ">= 0.85", Verdict.PASS, "accuracy 0.87 [0.85, 0.89] >= 0.85", lineage, List.of());
		Evidence error = new Evidence("credit.ScoringQA", "Completeness", List.of("credit.R5"), "credit.assay:69", null,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, ">= 0.99", Verdict.ERROR, "data/a.csv:3:0: ragged-row", lineage,
				List.of("data/a.csv:3:0: ragged-row: the row has 3 fields but the header has 4."));
		ResultsFile.append(results, List.of(pass));
		ResultsFile.append(results, List.of(error));

		List<Evidence> read = ResultsFile.read(results);
		assertEquals(List.of(pass.test(), error.test()), read.stream().map(Evidence::test).toList());
		assertEquals(pass, read.get(0));
		assertTrue(Double.isNaN(read.get(1).value()));
		String json = Files.readString(results);
		assertTrue(json.contains("\"schema\" : \"assay-results/1\""), json);
		assertTrue(json.contains("\"value\" : null"), "NaN is written as null: " + json);
		try (var files = Files.list(results.getParent())) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void unknownResultsFormatIsRejected() throws Exception {
		Path results = folder.resolve("results.json");
		Files.writeString(results, "{\"schema\":\"other/9\",\"evidence\":[]}");
		var e = assertThrows(java.io.IOException.class, () -> ResultsFile.read(results));
		assertTrue(e.getMessage().contains("unsupported results format"), e.getMessage());
	}
}
