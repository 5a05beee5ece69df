package org.assay.runtime.data;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.assay.runtime.data.CsvLoader.Result;
import org.assay.runtime.data.DataProblem.Kind;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Accumulates one file's (or one part's) records column by column, converting each cell from the parser's buffer as
 * it is handed over. A row's cells and problems are staged and kept only once the row is known not to be ragged.
 */
final class CsvRecordLoader extends AbstractBaseCsvCallbackHandler<Object> {
	private static final Object ROW = new Object();

	private record StagedCell(int column, String text) {
	}

	private final String file;
	private final Schema schema;
	private final List<Column> columns;
	private final char[][][] categories;
	private final long lineOffset;
	/** For a later part: the part that reads the header; null for the first part. */
	private final CsvRecordLoader headerPart;
	private final CountDownLatch headerRead = new CountDownLatch(1);
	private final List<DataProblem> problems = new ArrayList<>();
	private long problemCount;
	private boolean fatal;
	private int headerFields = -1;
	private int[] positions;
	private int[] fieldColumn = new int[0];
	private final List<String> headerNames = new ArrayList<>();
	private int rows;
	private long[] lines = new long[1024];
	private double[][] numeric;
	private int[][] codes;
	private final BitSet[] missing;
	private final BitSet[] invalid;
	private final double[] stagedNumber;
	private final int[] stagedCode;
	private final byte[] stagedState; // 0 value, 1 missing, 2 invalid
	/** Text columns: the staged cell and the distinct values read so far (null for other columns). */
	private final String[] stagedText;
	private final TextDictionary[] dictionaries;
	private final List<DataProblem> staged = new ArrayList<>();
	/** The staged problems' columns and cell text, for the findings. */
	private final List<StagedCell> stagedCells = new ArrayList<>();
	private final FindingsCollector findings = new FindingsCollector();

	CsvRecordLoader(String file, Schema schema, long lineOffset, CsvRecordLoader headerPart) {
		this.file = file;
		this.schema = schema;
		this.columns = schema.columns();
		this.lineOffset = lineOffset;
		this.headerPart = headerPart;
		int n = columns.size();
		this.positions = new int[n];
		this.numeric = new double[n][];
		this.codes = new int[n][];
		this.missing = new BitSet[n];
		this.invalid = new BitSet[n];
		this.categories = new char[n][][];
		this.stagedNumber = new double[n];
		this.stagedCode = new int[n];
		this.stagedState = new byte[n];
		this.stagedText = new String[n];
		this.dictionaries = new TextDictionary[n];
		for (int c = 0; c < n; c++) {
			missing[c] = new BitSet();
			invalid[c] = new BitSet();
			if (columns.get(c).isNumeric()) {
				numeric[c] = new double[1024];
			} else if (columns.get(c).isText()) {
				codes[c] = new int[1024];
				dictionaries[c] = new TextDictionary();
			} else {
				codes[c] = new int[1024];
				categories[c] = columns.get(c).categories().stream().map(String::toCharArray).toArray(char[][]::new);
			}
		}
	}

	boolean stopped() {
		return fatal;
	}

	boolean isFatal() {
		return fatal;
	}

	int headerFields() {
		return headerFields;
	}

	/** Lets a later part go on: the header is read (or will never be). */
	void headerDone() {
		headerRead.countDown();
	}

	@Override
	protected void handleBegin(long startingLineNumber) {
		if (headerPart != null && headerFields < 0) {
			adoptHeader();
		}
		java.util.Arrays.fill(stagedState, (byte) 1); // a field the row lacks is missing (the row is ragged anyway)
		staged.clear();
		stagedCells.clear();
	}

	private void adoptHeader() {
		try {
			headerPart.headerRead.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fatal = true;
			return;
		}
		if (headerPart.fatal || headerPart.headerFields < 0) {
			fatal = true; // the first part reports it
			headerFields = 0;
			return;
		}
		headerFields = headerPart.headerFields;
		positions = headerPart.positions;
		fieldColumn = headerPart.fieldColumn;
	}

	@Override
	protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
		if (headerFields < 0) {
			headerNames.add(new String(buffer, offset, length));
		} else if (index < fieldColumn.length && fieldColumn[index] >= 0) {
			cell(fieldColumn[index], buffer, offset, length, index + 1);
		}
	}

	@Override
	protected Object buildRecord() {
		if (getRecordType() != RecordType.DATA || fatal) {
			return null;
		}
		long line = getStartingLineNumber() + lineOffset;
		if (headerFields < 0) {
			header(line);
			headerDone();
			return ROW;
		}
		if (getFieldCount() != headerFields) {
			problem(line, 0, Kind.RAGGED_ROW, CsvHeader.raggedMessage(getFieldCount(), headerFields));
			fatal = true;
			return ROW;
		}
		ensureCapacity(rows + 1);
		lines[rows] = line;
		for (int c = 0; c < columns.size(); c++) {
			if (stagedState[c] == 1) {
				missing[c].set(rows);
			} else if (stagedState[c] == 2) {
				invalid[c].set(rows);
			}
			if (numeric[c] != null) {
				numeric[c][rows] = stagedState[c] == 0 ? stagedNumber[c] : Double.NaN;
			} else if (dictionaries[c] != null) {
				codes[c][rows] = stagedState[c] == 0 ? dictionaries[c].code(stagedText[c]) : -1;
			} else {
				codes[c][rows] = stagedState[c] == 0 ? stagedCode[c] : -1;
			}
		}
		for (int i = 0; i < staged.size(); i++) {
			DataProblem problem = staged.get(i);
			problem(problem.row(), problem.column(), problem.kind(), problem.message());
			StagedCell cell = stagedCells.get(i);
			findings.add(cell.column(), problem.kind(), cell.text(), problem.row());
		}
		rows++;
		return ROW;
	}

	private void header(long line) {
		headerFields = headerNames.size();
		CsvHeader header = CsvHeader.match(file, line, headerNames, schema);
		for (DataProblem problem : header.problems()) {
			problem(problem.row(), problem.column(), problem.kind(), problem.message());
			fatal = true;
		}
		fieldColumn = header.fieldColumn();
		for (int i = 0; i < headerFields; i++) {
			if (fieldColumn[i] >= 0) {
				positions[fieldColumn[i]] = i;
			}
		}
		header.undeclared().forEach(findings::undeclared);
	}

	private void cell(int c, char[] buffer, int offset, int length, int field) {
		int start = offset;
		int end = offset + length;
		while (start < end && isSpace(buffer[start])) {
			start++;
		}
		while (end > start && isSpace(buffer[end - 1])) {
			end--;
		}
		if (start == end) {
			stagedState[c] = 1;
			return;
		}
		Column column = columns.get(c);
		int n = end - start;
		if (dictionaries[c] != null) { // free text: any present cell is a value, kept as in the file
			stagedState[c] = 0;
			stagedText[c] = new String(buffer, offset, length);
			return;
		}
		if (column.isNumeric()) {
			if (n == 3 && (buffer[start] | 0x20) == 'n' && (buffer[start + 1] | 0x20) == 'a' && (buffer[start + 2] | 0x20) == 'n') {
				invalid(c, field, Kind.NAN, buffer, start, n);
				return;
			}
			double value;
			try {
				value = Decimals.parse(buffer, start, n);
			} catch (NumberFormatException e) {
				invalid(c, field, Kind.WRONG_TYPE, buffer, start, n);
				return;
			}
			if (!column.admits(value)) {
				invalid(c, field, Kind.WRONG_TYPE, buffer, start, n);
				return;
			}
			if (value < column.minimum() || value > column.maximum()) {
				invalid(c, field, Kind.OUT_OF_RANGE, buffer, start, n);
				return;
			}
			stagedState[c] = 0;
			stagedNumber[c] = value;
		} else {
			int code = category(categories[c], buffer, start, n);
			if (code < 0) {
				invalid(c, field, Kind.UNKNOWN_CATEGORY, buffer, start, n);
				return;
			}
			stagedState[c] = 0;
			stagedCode[c] = code;
		}
	}

	/** {@link Character#isWhitespace}, decided without a call for the usual printable ASCII characters. */
	private static boolean isSpace(char c) {
		return c <= ' ' || c >= 0x80 ? Character.isWhitespace(c) : false;
	}

	private static int category(char[][] categories, char[] buffer, int start, int length) {
		// categories are few and short: a plain loop beats a library comparison's call overhead here
		for (int k = 0; k < categories.length; k++) {
			char[] category = categories[k];
			if (category.length != length) {
				continue;
			}
			int i = 0;
			while (i < length && category[i] == buffer[start + i]) {
				i++;
			}
			if (i == length) {
				return k;
			}
		}
		return -1;
	}

	private static String text(char[] buffer, int start, int length) {
		return new String(buffer, start, length);
	}

	/** Stages an invalid cell: its located problem, and its text for the findings (cold path, kept out of cell()). */
	private void invalid(int c, int field, Kind kind, char[] buffer, int start, int n) {
		Column column = columns.get(c);
		String text = text(buffer, start, n);
		String message = CsvHeader.invalidMessage(column, kind, text);
		stagedState[c] = 2;
		staged.add(new DataProblem(file, getStartingLineNumber() + lineOffset, field, kind, message));
		stagedCells.add(new StagedCell(c, text));
	}

	private void problem(long line, int field, Kind kind, String message) {
		problemCount++;
		if (kind.isFatal() || problems.size() < CsvLoader.MAX_LISTED_PROBLEMS) {
			problems.add(new DataProblem(file, line, field, kind, message));
		}
	}

	private int capacity = 1024;

	private void ensureCapacity(int needed) {
		if (needed <= capacity) {
			return;
		}
		capacity = Math.max(needed, capacity * 2);
		lines = java.util.Arrays.copyOf(lines, capacity);
		for (int c = 0; c < columns.size(); c++) {
			if (numeric[c] != null) {
				numeric[c] = java.util.Arrays.copyOf(numeric[c], capacity);
			} else {
				codes[c] = java.util.Arrays.copyOf(codes[c], capacity);
			}
		}
	}

	/** Appends a later part's rows and problems after this part's, as one sequential load would have them. */
	CsvRecordLoader append(CsvRecordLoader later) {
		ensureCapacity(rows + later.rows);
		System.arraycopy(later.lines, 0, lines, rows, later.rows);
		for (int c = 0; c < columns.size(); c++) {
			if (numeric[c] != null) {
				System.arraycopy(later.numeric[c], 0, numeric[c], rows, later.rows);
			} else if (dictionaries[c] != null) {
				String[] words = later.dictionaries[c].words();
				for (int r = 0; r < later.rows; r++) {
					int code = later.codes[c][r];
					codes[c][rows + r] = code < 0 ? -1 : dictionaries[c].code(words[code]);
				}
			} else {
				System.arraycopy(later.codes[c], 0, codes[c], rows, later.rows);
			}
			for (int r = later.missing[c].nextSetBit(0); r >= 0; r = later.missing[c].nextSetBit(r + 1)) {
				missing[c].set(rows + r);
			}
			for (int r = later.invalid[c].nextSetBit(0); r >= 0; r = later.invalid[c].nextSetBit(r + 1)) {
				invalid[c].set(rows + r);
			}
		}
		rows += later.rows;
		for (DataProblem problem : later.problems) {
			if (problem.kind().isFatal() || problems.size() < CsvLoader.MAX_LISTED_PROBLEMS) {
				problems.add(problem);
			}
		}
		problemCount += later.problemCount;
		findings.append(later.findings);
		fatal |= later.fatal;
		return this;
	}

	Result finish() {
		if (headerFields < 0) {
			return new Result(null, List.of(new DataProblem(file, 1, 0, Kind.EMPTY_FILE,
					CsvHeader.EMPTY_FILE_MESSAGE)), 1, CsvLoader.none(file));
		}
		if (!fatal && rows == 0) {
			problem(2, 0, Kind.NO_ROWS, CsvHeader.NO_ROWS_MESSAGE);
			fatal = true;
		}
		if (fatal) {
			return new Result(null, problems, problemCount, CsvLoader.none(file));
		}
		for (int c = 0; c < columns.size(); c++) {
			if (numeric[c] != null) {
				numeric[c] = java.util.Arrays.copyOf(numeric[c], rows);
			} else {
				codes[c] = java.util.Arrays.copyOf(codes[c], rows);
			}
		}
		String[][] words = new String[columns.size()][];
		for (int c = 0; c < columns.size(); c++) {
			words[c] = dictionaries[c] == null ? null : dictionaries[c].words();
		}
		return new Result(new Table(file, schema, rows, numeric, codes, missing, invalid, words,
				java.util.Arrays.copyOf(lines, rows)), problems, problemCount,
				findings.finish(file, rows, columns));
	}
}
