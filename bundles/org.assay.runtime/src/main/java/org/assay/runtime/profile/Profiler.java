package org.assay.runtime.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.RowSource;

/**
 * Profiles a data file in one pass: every chunk of a {@link RowSource} (whose columns are read as text) is profiled on
 * its own, on up to {@code threads} threads, and the chunk profiles are merged in file order.
 */
public final class Profiler {

	/** The file cannot be profiled as a whole: its located problems ({@code file:line:column}, what, how to fix). */
	public static final class UnusableData extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient List<DataProblem> problems;

		public UnusableData(List<DataProblem> problems) {
			super(problems.stream().map(DataProblem::toString).reduce((a, b) -> a + "\n" + b).orElse("unusable data"));
			this.problems = List.copyOf(problems);
		}

		public List<DataProblem> problems() {
			return problems;
		}
	}

	private Profiler() {
	}

	public static DataProfile profile(RowSource source, int threads) throws IOException, UnusableData {
		if (!source.fatalProblems().isEmpty()) {
			throw new UnusableData(source.fatalProblems());
		}
		List<Column> columns = source.schema().columns();
		List<Chunk> chunks = source.chunks();
		List<ColumnProfile[]> parts = new ArrayList<>();
		long rows = 0;
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, chunks.size())), runnable -> {
			Thread thread = new Thread(runnable, "assay-profile");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Part>> futures = new ArrayList<>();
			for (Chunk chunk : chunks) {
				futures.add(pool.submit(() -> read(chunk, columns)));
			}
			for (Future<Part> future : futures) {
				Part part = get(future);
				parts.add(part.profiles());
				rows += part.rows();
			}
		} finally {
			pool.shutdownNow();
		}
		if (!source.fatalProblems().isEmpty()) {
			throw new UnusableData(source.fatalProblems());
		}
		List<ColumnProfile> merged = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			ColumnProfile whole = new ColumnProfile(columns.get(c).name());
			for (ColumnProfile[] part : parts) {
				whole.merge(part[c]);
			}
			merged.add(whole);
		}
		return new DataProfile(source.name(), rows, merged);
	}

	private record Part(ColumnProfile[] profiles, long rows) {
	}

	private static Part read(Chunk chunk, List<Column> columns) throws IOException {
		ColumnProfile[] profiles = new ColumnProfile[columns.size()];
		for (int c = 0; c < profiles.length; c++) {
			profiles[c] = new ColumnProfile(columns.get(c).name());
		}
		Chunk.Summary summary = chunk.read((Batch batch) -> {
			for (int c = 0; c < profiles.length; c++) {
				ColumnVector vector = batch.column(c);
				ColumnProfile profile = profiles[c];
				for (int row = 0; row < batch.size(); row++) {
					profile.add(vector.isNull(row) ? null : vector.text(row));
				}
			}
		});
		return new Part(profiles, summary.rows());
	}

	private static Part get(Future<Part> future) throws IOException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("profiling was interrupted", e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(cause);
		}
	}
}
