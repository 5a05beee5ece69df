import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The synthetic customers table of the data-check reference benchmark (issue #9), seeded, so that the same arguments
 * always give the same bytes. Run it with Java's source launcher:
 *
 * <pre>java examples/customers/data/GenerateCustomers.java ROWS SEED FILE</pre>
 *
 * The committed sample is {@code 20000 42 examples/customers/data/customers.csv}. Columns (empty cell = null):
 * <ul>
 * <li>id: long, 1..ROWS, unique;</li>
 * <li>customer_id: "C" and six digits, drawn from ROWS/5 ids (about 200,000 distinct at 1,000,000 rows);</li>
 * <li>age: int, uniform 18..90, 1 % nulls;</li>
 * <li>income: double, log-normal (median 40,000, sigma 0.8), two decimals, 2 % nulls;</li>
 * <li>score: double, uniform [0, 1), six decimals;</li>
 * <li>country: one of 10 codes; gender: M, F or X (49/49/2 %), 0.5 % nulls; segment: A to E;</li>
 * <li>tenure_days: int, uniform 0..3650; num_purchases: int, geometric with mean about 8;</li>
 * <li>is_active: true (70 %) or false; label: 0 or 1 (more 1s for higher scores).</li>
 * </ul>
 * Every row draws the same number of random values in the same order (nulls included), and normal values come
 * from a hand-written Box–Muller transform, so the output does not depend on the JDK's Gaussian algorithm.
 */
public final class GenerateCustomers {

	static final String HEADER = "id,customer_id,age,income,score,country,gender,segment,tenure_days,num_purchases,is_active,label";
	static final String[] COUNTRIES = { "US", "DE", "FR", "GB", "IT", "ES", "NL", "SE", "PL", "JP" };
	static final String[] SEGMENTS = { "A", "B", "C", "D", "E" };

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			System.err.println("usage: java GenerateCustomers.java ROWS SEED FILE");
			System.exit(2);
		}
		long rows = Long.parseLong(args[0]);
		SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
		int customers = (int) Math.max(1, rows / 5);
		try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			StringBuilder line = new StringBuilder(128);
			for (long id = 1; id <= rows; id++) {
				line.setLength(0);
				line.append(id).append(',');
				line.append(String.format(Locale.ROOT, "C%06d", random.nextInt(customers))).append(',');
				boolean ageNull = random.nextDouble() < 0.01;
				int age = 18 + random.nextInt(73);
				line.append(ageNull ? "" : Integer.toString(age)).append(',');
				boolean incomeNull = random.nextDouble() < 0.02;
				double income = Math.exp(Math.log(40_000) + 0.8 * gaussian(random));
				line.append(incomeNull ? "" : String.format(Locale.ROOT, "%.2f", income)).append(',');
				double score = random.nextDouble();
				// six decimals, truncated so that a score never rounds up to 1
				line.append(String.format(Locale.ROOT, "%.6f", Math.floor(score * 1e6) / 1e6)).append(',');
				line.append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append(',');
				boolean genderNull = random.nextDouble() < 0.005;
				double g = random.nextDouble();
				line.append(genderNull ? "" : g < 0.49 ? "M" : g < 0.98 ? "F" : "X").append(',');
				line.append(SEGMENTS[random.nextInt(SEGMENTS.length)]).append(',');
				line.append(random.nextInt(3651)).append(',');
				line.append((int) Math.floor(-Math.log(1 - random.nextDouble()) * 8)).append(',');
				line.append(random.nextDouble() < 0.7).append(',');
				line.append(random.nextDouble() < 0.1 + 0.3 * score ? 1 : 0).append('\n');
				out.append(line);
			}
		}
	}

	/** A standard normal value (Box–Muller, one of the pair; two uniform draws). */
	static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble(); // (0, 1]
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
}
