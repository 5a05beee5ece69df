package org.assay.benchmarks.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The reference data benchmark's table (issue #9): a seeded customers CSV of 12 columns, the same bytes for the same
 * row count and seed on every machine. The definitions are those of the {@code customers} example's generator
 * ({@code examples/customers/data/GenerateCustomers.java}, whose committed sample is 20,000 rows with seed 42): for the
 * same arguments both write the same bytes (this one formats without {@code String.format}, which is too slow for
 * 10^7 rows). Columns, in file order (empty cell = null):
 * <ul>
 * <li>{@code id} long, 1..ROWS, unique;</li>
 * <li>{@code customer_id} text, "C" and six digits, drawn from ROWS/5 ids (about 198,600 distinct at 10^6 rows);</li>
 * <li>{@code age} int, uniform 18..90, 1 % nulls;</li>
 * <li>{@code income} double, log-normal (median 40,000, sigma 0.8), two decimals, 2 % nulls;</li>
 * <li>{@code score} double, uniform [0, 1), six decimals (truncated, so never 1);</li>
 * <li>{@code country} one of {@link #COUNTRIES}; {@code gender} M, F or X (49/49/2 %), 0.5 % nulls; {@code segment}
 * A to E, uniform;</li>
 * <li>{@code tenure_days} int, uniform 0..3650; {@code num_purchases} int, geometric with mean about 8;</li>
 * <li>{@code is_active} {@code true} (70 %) or {@code false}; {@code label} 0 or 1 (more 1s for higher scores).</li>
 * </ul>
 * Every row draws the same number of random values in the same order (nulls included).
 */
public final class CustomerData {

	public static final long DEFAULT_SEED = 42;

	public static final List<String> COLUMNS = List.of("id", "customer_id", "age", "income", "score", "country", "gender",
			"segment", "tenure_days", "num_purchases", "is_active", "label");

	public static final List<String> COUNTRIES = List.of("US", "DE", "FR", "GB", "IT", "ES", "NL", "SE", "PL", "JP");

	public static final List<String> GENDERS = List.of("M", "F", "X");

	public static final List<String> SEGMENTS = List.of("A", "B", "C", "D", "E");

	private CustomerData() {
	}

	/**
	 * The file for {@code rows} rows and {@code seed} in {@code cache}, written (through a temporary file, moved in
	 * place) only when absent.
	 */
	public static Path cached(Path cache, long rows, long seed) throws IOException {
		Path file = cache.resolve("customers-" + rows + "-seed" + seed + ".csv");
		if (!Files.isRegularFile(file)) {
			Files.createDirectories(cache);
			Path part = Files.createTempFile(cache, "customers-", ".part");
			try {
				write(part, rows, seed);
				Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} finally {
				Files.deleteIfExists(part);
			}
		}
		return file;
	}

	/** Writes the header and {@code rows} rows drawn with {@code seed}. */
	public static void write(Path file, long rows, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		int customers = (int) Math.max(1, rows / 5);
		StringBuilder line = new StringBuilder(128);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", COLUMNS));
			out.write('\n');
			for (long id = 1; id <= rows; id++) {
				line.setLength(0);
				row(id, customers, random, line);
				out.append(line);
			}
		}
	}

	private static void row(long id, int customers, SplittableRandom random, StringBuilder line) {
		line.append(id).append(',');
		pad(line.append('C'), random.nextInt(customers), 6).append(',');
		boolean ageNull = random.nextDouble() < 0.01;
		int age = 18 + random.nextInt(73);
		if (!ageNull) {
			line.append(age);
		}
		line.append(',');
		boolean incomeNull = random.nextDouble() < 0.02;
		double income = Math.exp(Math.log(40_000) + 0.8 * gaussian(random));
		if (!incomeNull) {
			twoDecimals(line, income);
		}
		line.append(',');
		double score = random.nextDouble();
		pad(line.append("0."), (int) Math.floor(score * 1e6), 6).append(',');
		line.append(COUNTRIES.get(random.nextInt(COUNTRIES.size()))).append(',');
		boolean genderNull = random.nextDouble() < 0.005;
		double g = random.nextDouble();
		if (!genderNull) {
			line.append(g < 0.49 ? "M" : g < 0.98 ? "F" : "X");
		}
		line.append(',');
		line.append(SEGMENTS.get(random.nextInt(SEGMENTS.size()))).append(',');
		line.append(random.nextInt(3651)).append(',');
		line.append((int) Math.floor(-Math.log(1 - random.nextDouble()) * 8)).append(',');
		line.append(random.nextDouble() < 0.7).append(',');
		line.append(random.nextDouble() < 0.1 + 0.3 * score ? 1 : 0).append('\n');
	}

	/** As {@code String.format(Locale.ROOT, "%.2f", value)}: the value's decimal digits rounded half-up to two decimals. */
	private static void twoDecimals(StringBuilder line, double value) {
		BigDecimal cents = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
		line.append(cents.toPlainString());
	}

	private static StringBuilder pad(StringBuilder line, int value, int digits) {
		String text = Integer.toString(value);
		for (int i = text.length(); i < digits; i++) {
			line.append('0');
		}
		return line.append(text);
	}

	/** A standard normal value (Box–Muller, one of the pair; two uniform draws). */
	private static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble(); // (0, 1]
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** {@code CustomerData ROWS [SEED] FILE}: writes a copy of the table and prints its SHA-256. */
	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 3) {
			System.err.println("usage: CustomerData ROWS [SEED] FILE");
			System.exit(2);
		}
		long rows = Long.parseLong(args[0]);
		long seed = args.length == 3 ? Long.parseLong(args[1]) : DEFAULT_SEED;
		Path file = Path.of(args[args.length - 1]);
		write(file, rows, seed);
		System.out.println(file + ": " + rows + " rows, seed " + seed + ", sha256 " + org.assay.runtime.lineage.Sha256.of(file));
	}
}
