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
	void unknownResultsFormatIsRejected() throws Exception {
		Path results = folder.resolve("results.json");
		Files.writeString(results, "{\"schema\":\"other/9\",\"evidence\":[]}");
		var e = assertThrows(java.io.IOException.class, () -> ResultsFile.read(results));
		assertTrue(e.getMessage().contains("unsupported results format"), e.getMessage());
	}
}
