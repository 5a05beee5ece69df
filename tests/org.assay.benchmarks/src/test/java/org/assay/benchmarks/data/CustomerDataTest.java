package org.assay.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's table: seeded bytes, the declared columns, the example's sample, and what the baseline parses. */
class CustomerDataTest {

	@TempDir
	Path dir;

	@Test
	void theSameSeedWritesTheSameBytesAndTheCacheKeepsThem() throws IOException {
		Path a = dir.resolve("a.csv");
		Path b = dir.resolve("b.csv");
		CustomerData.write(a, 5_000, 7);
		CustomerData.write(b, 5_000, 7);
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
		CustomerData.write(b, 5_000, 8);
		assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
		Path cached = CustomerData.cached(dir.resolve("cache"), 5_000, 7);
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(cached));
		long modified = Files.getLastModifiedTime(cached).toMillis();
		assertEquals(cached, CustomerData.cached(dir.resolve("cache"), 5_000, 7));
		assertEquals(modified, Files.getLastModifiedTime(cached).toMillis());
	}

	@Test
	void rowsHaveTheTwelveColumnsWithTheirNullsAndDomains() throws IOException {
		Path file = dir.resolve("c.csv");
		CustomerData.write(file, 20_000, CustomerData.DEFAULT_SEED);
		List<String> lines = Files.readAllLines(file);
		assertEquals(String.join(",", CustomerData.COLUMNS), lines.get(0));
		assertEquals(20_001, lines.size());
		int ageNulls = 0;
		int incomeNulls = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			assertEquals(12, cells.length, line);
			ageNulls += cells[2].isEmpty() ? 1 : 0;
			incomeNulls += cells[3].isEmpty() ? 1 : 0;
			assertTrue(cells[1].matches("C[0-9]{6}"), line);
			assertTrue(cells[4].matches("0\\.[0-9]{6}"), line);
			assertTrue(CustomerData.COUNTRIES.contains(cells[5]), line);
			assertTrue(cells[6].isEmpty() || CustomerData.GENDERS.contains(cells[6]), line);
			assertTrue(CustomerData.SEGMENTS.contains(cells[7]), line);
		}
		assertTrue(ageNulls > 120 && ageNulls < 290, "1 % of ages empty: " + ageNulls);
		assertTrue(incomeNulls > 300 && incomeNulls < 520, "2 % of incomes empty: " + incomeNulls);
	}

	/** The customers example's committed sample was written by its own generator with the same definitions. */
	@Test
	void theExamplesSampleIsTheSameTable() throws IOException {
		Path root = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
		Path sample = root.resolve("examples/customers/data/customers.csv");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(sample), "no customers example in this checkout");
		Path file = dir.resolve("sample.csv");
		CustomerData.write(file, 20_000, 42);
		assertArrayEquals(Files.readAllBytes(sample), Files.readAllBytes(file));
	}

	@Test
	void theBaselinesNumberParserReadsDecimalsAsJavaDoes() {
		for (String text : List.of("0", "18", "-3", "0.218405", "46505.08", "130034.58", "0.1", "1e3", "123456789012345678",
				"2.5E-3", "9007199254740993", "0.000001")) {
			byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			assertEquals(Double.parseDouble(text), OnePassLeg.number(bytes, 0, bytes.length), text);
		}
	}
}
