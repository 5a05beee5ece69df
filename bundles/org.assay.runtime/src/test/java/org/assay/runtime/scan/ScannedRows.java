package org.assay.runtime.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;

/**
 * Everything a {@link RowSource} hands over, made absolute and comparable: one line of text per row (file line and
 * each cell as null / invalid / value), the listed problems with file lines, the fatal problems and the findings.
 * Chunks are read on {@code threads} threads and put together in chunk order, as an engine does.
 */
record ScannedRows(List<String> rows, List<Long> lines, List<DataProblem> problems, long problemCount, List<DataProblem> fatal,
		DataFindings findings, int chunks) {

	static ScannedRows read(RowSource source, int threads) throws Exception {
		List<Chunk> chunks = source.chunks();
		int columns = source.schema().columns().size();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Object[]>> results = new ArrayList<>();
			for (Chunk chunk : chunks) {
				results.add(pool.submit(() -> {
					List<long[]> lines = new ArrayList<>();
					List<String> cells = new ArrayList<>();
					Chunk.Summary summary = chunk.read(batch -> {
						for (int r = 0; r < batch.size(); r++) {
							lines.add(new long[] { batch.lineInChunk(r) });
							cells.add(cells(batch, r, columns));
						}
					});
					return new Object[] { summary, lines, cells };
				}));
			}
			List<String> rows = new ArrayList<>();
			List<Long> fileLines = new ArrayList<>();
			List<DataProblem> problems = new ArrayList<>();
			List<Chunk.Summary> summaries = new ArrayList<>();
			long count = 0;
			long base = 0;
			for (Future<Object[]> result : results) {
				Object[] read = result.get();
				Chunk.Summary summary = (Chunk.Summary) read[0];
				@SuppressWarnings("unchecked")
				List<long[]> lines = (List<long[]>) read[1];
				@SuppressWarnings("unchecked")
				List<String> cells = (List<String>) read[2];
				for (int i = 0; i < lines.size(); i++) {
					fileLines.add(base + lines.get(i)[0]);
					rows.add(cells.get(i));
				}
				for (DataProblem p : summary.findings().listedProblems()) {
					problems.add(new DataProblem(p.file(), base + p.row(), p.column(), p.kind(), p.message()));
				}
				count += summary.findings().problemCount();
				summaries.add(summary);
				base += summary.lines();
			}
			return new ScannedRows(rows, fileLines, problems.subList(0, Math.min(problems.size(), 100)), count,
					source.fatalProblems(), source.findings(summaries), chunks.size());
		} finally {
			pool.shutdown();
		}
	}

	/** Invalid cells keep their text here and NaN is a value, the loader says "invalid" for both (and reports both). */
	static List<String> comparable(List<String> scanned) {
		return scanned.stream().map(row -> String.join(" | ", java.util.Arrays.stream(row.split(" \\| "))
				.map(cell -> cell.startsWith("invalid<") || cell.equals("NaN") ? "invalid" : cell).toList())).toList();
	}

	static String cells(Batch batch, int row, int columns) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < columns; c++) {
			ColumnVector column = batch.column(c);
			text.append(c == 0 ? "" : " | ");
			if (column.isNull(row)) {
				text.append("null");
			} else if (column.isInvalid(row)) {
				text.append("invalid<").append(column.text(row)).append('>');
			} else if (column.kind() == ColumnVector.Kind.NUMBER) {
				text.append(column.number(row));
			} else if (column.kind() == ColumnVector.Kind.CATEGORY) {
				text.append('#').append(column.code(row)).append('=').append(column.text(row));
			} else {
				text.append('<').append(column.text(row)).append('>');
			}
		}
		return text.toString();
	}
}
