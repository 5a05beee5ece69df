package org.assay.runtime.spark.eval;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.djl.BatchScorer;
import org.assay.runtime.evaluation.BatchEvaluation;
import org.assay.runtime.evaluation.EvaluationState;
import org.assay.runtime.pipeline.TrainedModel;

/**
 * The task of batch evaluation on Spark: receives a partition's CSV lines (file, start of the input split, raw bytes),
 * gathers them into pieces of about {@code pieceBytes} cut between records (each piece but the file's first headed by
 * the file's header line), reads each piece with Assay's own CSV reader and scores the whole piece as one batch
 * ({@link BatchEvaluation}) with the executor's model ({@link ExecutorModels}: loaded once per JVM). Returns the
 * partition's {@link EvaluationState}, encoded.
 */
final class EvalPartitions implements MapPartitionsFunction<Row, byte[]> {

	private static final long serialVersionUID = 1L;

	private final ModelSource source;
	private final String name;
	private final byte[] header;
	private final int pieceBytes;

	EvalPartitions(ModelSource source, String name, byte[] header, int pieceBytes) {
		this.source = source;
		this.name = name;
		this.header = header.clone();
		this.pieceBytes = pieceBytes;
	}

	@Override
	public Iterator<byte[]> call(Iterator<Row> lines) {
		TrainedModel model = ExecutorModels.get(source);
		EvaluationState state = BatchEvaluation.emptyState(model);
		try (BatchScorer scorer = new BatchScorer(model.classifier(), 1)) {
			Piece piece = null;
			while (lines.hasNext()) {
				Row line = lines.next();
				String file = line.getString(0);
				long start = line.getLong(1);
				if (piece == null || piece.start != start || !piece.file.equals(file)) {
					if (piece != null) {
						piece.score(model, scorer, state);
					}
					piece = new Piece(file, start, true);
				}
				piece.add((byte[]) line.get(2));
				if (piece.size >= pieceBytes && (piece.quotes & 1) == 0) {
					piece.score(model, scorer, state);
					piece = new Piece(file, start, false);
				}
			}
			if (piece != null) {
				piece.score(model, scorer, state);
			}
		}
		return List.of(state.encode()).iterator();
	}

	/** Lines of one input split gathered for one read. */
	private final class Piece {
		final String file;
		final long start;
		/** The file's first piece starts with its own header line; every other piece gets a copy. */
		final boolean ownHeader;
		byte[] buffer = new byte[1 << 16];
		int size;
		int records;
		int quotes;

		Piece(String file, long start, boolean first) {
			this.file = file;
			this.start = start;
			this.ownHeader = first && start == 0;
			if (!ownHeader) {
				append(header, header.length);
				append(new byte[] { '\n' }, 1);
			}
		}

		void add(byte[] line) {
			append(line, line.length);
			append(new byte[] { '\n' }, 1);
			records++;
			for (byte b : line) {
				if (b == '"') {
					quotes++;
				}
			}
		}

		private void append(byte[] bytes, int length) {
			if (size + length > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(size + length, buffer.length * 2));
			}
			System.arraycopy(bytes, 0, buffer, size, length);
			size += length;
		}

		void score(TrainedModel model, BatchScorer scorer, EvaluationState state) {
			if (records == 0 || (ownHeader && records == 1)) {
				return;
			}
			if ((quotes & 1) == 1) {
				throw new IllegalStateException(name + ": a quoted field holding a line break runs past the end of Spark's "
						+ "input split at byte " + start + " of " + file + "; raise spark.sql.files.maxPartitionBytes above the "
						+ "file's size, or evaluate the file locally");
			}
			CsvLoader.Result read = CsvLoader.load(name, new ByteArrayInputStream(buffer, 0, size), model.dataset().schema());
			if (!read.isUsable()) {
				throw new IllegalStateException(name + " (the input split at byte " + start + " of " + file + "): "
						+ read.fatalProblems().get(0));
			}
			state.merge(BatchEvaluation.evaluate(model, read.table(), scorer));
		}
	}
}
