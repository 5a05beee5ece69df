import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic daily order files, one CSV file per day, seeded, so that the same arguments always give the same bytes.
 * Run it with Java's source launcher:
 *
 * <pre>java examples/daily-orders/data/GenerateOrders.java FIRST_DAY DAYS ROWS_PER_DAY SEED FOLDER</pre>
 *
 * The committed sample is {@code 2024-03-01 10 200 7 examples/daily-orders/data/orders}. Columns (empty cell = null):
 * <ul>
 * <li>order_id: long, unique over all days (day number × 100000 + row);</li>
 * <li>customer: a name, sometimes with a comma or a quote (quoted as CSV requires), 1 % empty;</li>
 * <li>amount: double, log-normal around 40 (two decimals), 2 % empty, 0.5 % NaN;</li>
 * <li>country: DE, FR, IT or "Non-EU"; status: paid, refunded or "on-hold";</li>
 * <li>note: free text, often empty, sometimes two lines or only spaces.</li>
 * </ul>
 * Every row draws the same number of random values in the same order, and normal values come from a hand-written
 * Box–Muller transform, so the output does not depend on the JDK's Gaussian algorithm. Synthetic data: no licence
 * restrictions.
 */
public final class GenerateOrders {

	private static final String[] NAMES = { "Anna Schmidt", "Müller, Hans", "O'Brien", "Zoë \"Z\" Martin", "Li Wei", "José-María",
			"  Ida Berg  ", "Ömer Yıldız" };

	private static final String[] COUNTRIES = { "DE", "FR", "IT", "Non-EU" };

	private static final String[] STATUSES = { "paid", "paid", "paid", "refunded", "on-hold" };

	private static final String[] NOTES = { "", "", "", "gift, wrapped", "call before \"delivery\"", "two\nlines", "   ", "-" };

	public static void main(String[] args) throws IOException {
		LocalDate first = LocalDate.parse(args[0]);
		int days = Integer.parseInt(args[1]);
		int rows = Integer.parseInt(args[2]);
		SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
		Path folder = Files.createDirectories(Path.of(args[4]));
		for (int day = 0; day < days; day++) {
			StringBuilder csv = new StringBuilder("order_id,customer,amount,country,status,note\n");
			for (int row = 0; row < rows; row++) {
				double name = random.nextDouble();
				double missingName = random.nextDouble();
				double u1 = random.nextDouble();
				double u2 = random.nextDouble();
				double missingAmount = random.nextDouble();
				double country = random.nextDouble();
				double status = random.nextDouble();
				double note = random.nextDouble();
				double normal = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
				String amount = missingAmount < 0.02 ? "" : missingAmount < 0.025 ? "NaN"
						: String.format(Locale.ROOT, "%.2f", Math.exp(Math.log(40) + 0.5 * normal));
				csv.append((day + 1) * 100000L + row).append(',')
						.append(missingName < 0.01 ? "" : quoted(NAMES[(int) (name * NAMES.length)])).append(',')
						.append(amount).append(',')
						.append(COUNTRIES[(int) (country * COUNTRIES.length)]).append(',')
						.append(STATUSES[(int) (status * STATUSES.length)]).append(',')
						.append(quoted(NOTES[(int) (note * NOTES.length)])).append('\n');
			}
			Files.writeString(folder.resolve(first.plusDays(day) + ".csv"), csv, StandardCharsets.UTF_8);
		}
	}

	private static String quoted(String value) {
		return value.contains(",") || value.contains("\"") || value.contains("\n")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}
}
