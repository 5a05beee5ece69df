package org.assay.runtime.scan;

import java.util.Random;

/**
 * Random CSV texts for the readers' property tests: a header, then 1 to 12 records of plain fields (now and then with
 * a stray quote after them) and quoted fields over an alphabet (separators, escaped quotes, line breaks), each record
 * ended by one of the given line breaks, now and then one field short.
 *
 * @param plain the plain fields' texts
 * @param inQuotes the pieces (0 to 3) a quoted field is made of
 * @param breaks the records' line breaks
 * @param plainOutOf a field is plain unless {@code random.nextInt(plainOutOf)} is 0
 * @param raggedOneIn a record is one field short when {@code random.nextInt(raggedOneIn)} is 0
 * @param strayQuoteOneIn a plain field is followed by a quote when {@code random.nextInt(strayQuoteOneIn)} is 0
 */
public record RandomCsv(String[] plain, String[] inQuotes, String[] breaks, int plainOutOf, int raggedOneIn,
		int strayQuoteOneIn) {

	/** One file's text: {@code header} (with its line break) and the records of {@code fields} fields. */
	public String next(Random random, String header, int fields) {
		StringBuilder csv = new StringBuilder(header);
		for (int r = 1 + random.nextInt(12); r > 0; r--) {
			int count = random.nextInt(raggedOneIn) == 0 ? fields - 1 : fields;
			for (int f = 0; f < count; f++) {
				csv.append(f == 0 ? "" : ",");
				if (random.nextInt(plainOutOf) > 0) {
					csv.append(plain[random.nextInt(plain.length)]).append(random.nextInt(strayQuoteOneIn) == 0 ? "\"" : "");
				} else {
					csv.append('"');
					for (int i = random.nextInt(4); i > 0; i--) {
						csv.append(inQuotes[random.nextInt(inQuotes.length)]);
					}
					csv.append('"');
				}
			}
			csv.append(breaks[random.nextInt(breaks.length)]);
		}
		return csv.toString();
	}
}
