package org.assay.runtime.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Category values as real data holds them — with '-', spaces, '>', commas, quotes and backslashes — are matched
 * exactly (after the cell's surrounding white space is stripped), and anything else is an unknown category.
 */
class CsvCategoryValuesTest {

	static final List<String> VALUES = List.of("Non-Travel", "18-25", "New York", ">50K", "say \"hi\" \\ ok", "a, b", "Zürich");

	@Test
	void quotedSpacedAndPunctuatedCategoriesMatchExactly() {
		Schema schema = Schema.of(Column.categorical("v", VALUES), Column.categorical("y", List.of("yes", "no")).asLabel());
		String csv = """
				v,y
				Non-Travel,yes
				18-25,no
				  New York  ,yes
				>50K,no
				"say ""hi"" \\ ok",yes
				"a, b",no
				Zürich,yes
				new york,no
				Non Travel,yes
				"",no
				""";
		CsvLoader.Result result = CsvLoader.load("values.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				schema);
		assertTrue(result.isUsable(), result.problems().toString());
		int[] codes = result.table().codes("v");
		assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5, 6, -1, -1, -1 }, codes);
		List<DataProblem> unknown = result.problems().stream().filter(p -> p.kind() == DataProblem.Kind.UNKNOWN_CATEGORY).toList();
		assertEquals(List.of(9L, 10L), unknown.stream().map(DataProblem::row).toList(), "case and '-' matter; an empty cell is missing");
		assertTrue(unknown.get(0).message().contains("'new york'"), unknown.get(0).message());
		assertEquals(1, result.table().missingCount(0));
	}
}
