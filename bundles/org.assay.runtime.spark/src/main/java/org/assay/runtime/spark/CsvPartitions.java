package org.assay.runtime.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.Plan;
import org.assay.runtime.engine.ScanResult;
import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.scan.csv.CsvRowSource;

/**
 * The task of the Spark engine over a CSV file: receives a partition's lines (start of the input split, the line's
 * raw bytes) in file order, and parses them with Assay's own CSV reader ({@link CsvRowSource#of}) in pieces of
 * about 8 MiB cut between records, each piece headed by the file's header line. The pieces' states are merged in
 * order into one {@link Segment} per input split; nothing here depends on how Spark cut the file but the splits.
 */
final class CsvPartitions implements MapPartitionsFunction<Row, byte[]> {

	private static final long serialVersionUID = 1L;
	private static final byte[] NEWLINE = { '\n' };

	private final String name;
	private final Schema schema;
	private final List<ConstraintSpec> constraints;
	private final org.apache.spark.broadcast.Broadcast<ReferenceValues> references;
	private final byte[] header;
	private final char delimiter;
	private final int pieceBytes;

	CsvPartitions(String name, Schema schema, List<ConstraintSpec> constraints,
			org.apache.spark.broadcast.Broadcast<ReferenceValues> references, byte[] header, char delimiter, int pieceBytes) {
		this.name = name;
		this.schema = schema;
		this.constraints = List.copyOf(constraints);
		this.references = references;
		this.header = header.clone();
		this.delimiter = delimiter;
		this.pieceBytes = pieceBytes;
	}

	@Override
	public Iterator<byte[]> call(Iterator<Row> lines) throws IOException {
		Plan plan = SparkPlans.plan(name, schema, constraints, SparkPlans.of(references));
		List<byte[]> segments = new ArrayList<>();
		Split split = null;
		while (lines.hasNext()) {
			Row line = lines.next();
			long start = line.getLong(0);
			if (split == null || split.start != start) {
				if (split != null) {
					segments.add(split.finish().encode());
				}
				split = new Split(plan, name, start);
			}
			split.add((byte[]) line.get(1));
		}
		if (split != null) {
			segments.add(split.finish().encode());
		}
		return segments.iterator();
	}

	/** One input split's lines, parsed piece by piece. */
	private final class Split {
		final Plan plan;
		final String file;
		final long start;
		final Map<StateKey, MetricState> states;
		final FindingsMerge findings = new FindingsMerge(schema.columns());
		byte[] buffer = new byte[1 << 16];
		int size;
		/** Whether the piece in the buffer starts with a copy of the header (every piece but the file's first). */
		boolean headed;
		int pieceLines;
		boolean pieceHasRecord;
		int quotes;
		long rows;
		long lines;
		DataProblem fatal;

		Split(Plan plan, String file, long start) {
			this.plan = plan;
			this.file = file;
			this.start = start;
			this.states = plan.freshStates();
			newPiece();
		}

		private void newPiece() {
			size = 0;
			pieceLines = 0;
			pieceHasRecord = false;
			headed = !(start == 0 && lines == 0); // the file's first piece starts with its own header line
			if (headed) {
				append(header, header.length);
				append(NEWLINE, 1);
			}
		}

		void add(byte[] line) throws IOException {
			if (fatal != null) {
				lines++;
				return;
			}
			append(line, line.length);
			append(NEWLINE, 1);
			if (line.length > 0 && (headed || pieceLines > 0)) {
				pieceHasRecord = true;
			}
			pieceLines++;
			for (byte b : line) {
				if (b == '"') {
					quotes++;
				}
			}
			if (size >= pieceBytes && (quotes & 1) == 0) {
				parsePiece();
			}
		}

		private void append(byte[] bytes, int length) {
			if (size + length > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(size + length, buffer.length * 2));
			}
			System.arraycopy(bytes, 0, buffer, size, length);
			size += length;
		}

		private void parsePiece() throws IOException {
			// lines of the piece: the header copy is line 1, so its first line of data is line 2 (the file's first piece:
			// its own lines)
			long offset = headed ? lines - 1 : lines;
			if (pieceHasRecord) {
				try (CsvRowSource source = CsvRowSource.of(Arrays.copyOf(buffer, size), name, schema, delimiter, Integer.MAX_VALUE)) {
					ScanResult scan = DataEngine.scan(source, plan, 1);
					List<DataProblem> problems = source.fatalProblems();
					if (!problems.isEmpty() || scan.failure() != null) {
						DataProblem first = problems.isEmpty()
								? new DataProblem(name, 0, 0, DataProblem.Kind.UNREADABLE, scan.failure())
								: problems.get(0);
						fatal = new DataProblem(first.file(), first.row() == 0 ? 0 : first.row() + offset, first.column(), first.kind(),
								first.message());
					} else {
						for (var state : scan.states().entrySet()) {
							state.getValue().relocate(rows, offset);
							states.get(state.getKey()).merge(state.getValue());
						}
						findings.add(source.findings(scan.summaries()), offset);
						rows += scan.rows();
					}
				}
			}
			lines += pieceLines;
			newPiece();
		}

		Segment finish() throws IOException {
			boolean openQuote = (quotes & 1) == 1;
			if (fatal == null && pieceLines > 0) {
				parsePiece();
			}
			Map<String, byte[]> encoded = new LinkedHashMap<>();
			if (fatal == null) {
				states.forEach((key, state) -> encoded.put(key.id(), StateCodec.encode(state)));
			}
			return new Segment(file, start, rows, lines, openQuote, fatal, findings.finish(name, rows), encoded);
		}
	}
}
