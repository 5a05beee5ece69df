package org.assay.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;

/** Test data: seeded rows with nulls, NaN, invalid cells, repeated values and awkward texts. */
final class EngineData {

	static final Schema SCHEMA = Schema.of(Column.text("id"), Column.integer("age", 0, 150), Column.real("income", 0,
			Double.POSITIVE_INFINITY), Column.categorical("country", List.of("DE", "FR", "Non-EU")), Column.real("score", 0, 1),
			Column.integer("start", 0, 1000), Column.integer("end", 0, 1000));

	static final int ID = 0;
	static final int AGE = 1;
	static final int INCOME = 2;
	static final int COUNTRY = 3;
	static final int SCORE = 4;
	static final int START = 5;
	static final int END = 6;

	private EngineData() {
	}

	/** {@code count} rows from a seed. */
	static List<Object[]> rows(int count, long seed) {
		Random random = new Random(seed);
		String[] countries = { "DE", "FR", "Non-EU" };
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Object[] row = new Object[7];
			row[ID] = random.nextInt(20) == 0 && i > 0 ? "C-" + (i - 1) : (i % 7 == 0 ? "C-" + i + " é" : "C-" + i);
			int a = random.nextInt(30);
			row[AGE] = a == 0 ? null : a == 1 ? (Object) Double.NaN : a == 2 ? new MemorySource.Invalid("old") : (double) (15 + random.nextInt(70));
			int b = random.nextInt(25);
			row[INCOME] = b == 0 ? null : (Object) Math.exp(10 + random.nextGaussian());
			int c = random.nextInt(20);
			row[COUNTRY] = c == 0 ? null : c == 1 ? new MemorySource.Invalid("XX") : countries[random.nextInt(3)];
			row[SCORE] = random.nextDouble();
			double start = random.nextInt(100);
			row[START] = start;
			row[END] = random.nextInt(10) == 0 ? start - 1 : start + random.nextInt(50);
			rows.add(row);
		}
		return rows;
	}

	/** The values of a numeric column: Doubles that are not NaN. */
	static double[] numbers(List<Object[]> rows, int column) {
		return rows.stream().map(r -> r[column]).filter(c -> c instanceof Double d && !d.isNaN()).mapToDouble(c -> (Double) c)
				.toArray();
	}

	/** The values of a text or category column. */
	static List<String> texts(List<Object[]> rows, int column) {
		return rows.stream().map(r -> r[column]).filter(c -> c instanceof String).map(c -> (String) c).toList();
	}
}
