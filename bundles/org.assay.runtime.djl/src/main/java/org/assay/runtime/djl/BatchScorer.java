package org.assay.runtime.djl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batch evaluation of a classifier over many rows: the rows are cut into chunks of {@link #CHUNK_ROWS} (small enough
 * that a chunk's activations stay in the CPU caches), and the chunks are scored by {@code threads} worker threads, each
 * chunk one tensor through the model with single-threaded kernels. Independent chunks on separate threads scale with
 * cores without the intra-op synchronisation of one multi-threaded tensor operation, which on a loaded machine
 * spins and stalls. Results are flat arrays, never one object per row.
 */
public final class BatchScorer implements AutoCloseable {

	/** Rows per model call. */
	public static final int CHUNK_ROWS = 4096;

	private final Classifier model;
	private final int threads;
	private final ExecutorService pool;

	/** Scores with {@code model} on {@code threads} threads (1: in the calling thread, no pool). */
	public BatchScorer(Classifier model, int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("batch evaluation needs at least 1 thread, not " + threads);
		}
		this.model = model;
		this.threads = threads;
		AtomicInteger count = new AtomicInteger();
		this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "assay-batch-scorer-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The predicted classes and class probabilities of {@code rows} scored rows. */
	public record Scores(int classes, float[] probabilities, int[] predicted) {

		public int rows() {
			return predicted.length;
		}

		/** Probability of {@code klass} for {@code row}. */
		public float probability(int row, int klass) {
			return probabilities[row * classes + klass];
		}

		/** The probabilities as one array per row, for the metric code that takes {@code [row][class]}. */
		public double[][] rowsAsArrays() {
			double[][] rows = new double[rows()][classes];
			for (int r = 0; r < rows.length; r++) {
				for (int c = 0; c < classes; c++) {
					rows[r][c] = probabilities[r * classes + c];
				}
			}
			return rows;
		}
	}

	/** Scores every row of {@code x} (row-major, {@code model.width()} values a row). */
	public Scores score(float[] x) {
		int width = model.width();
		if (x.length % width != 0) {
			throw new IllegalArgumentException(x.length + " input values are not whole rows of " + width);
		}
		int rows = x.length / width;
		float[] probabilities = new float[rows * model.classes()];
		int[] predicted = new int[rows];
		if (pool == null || rows <= CHUNK_ROWS) {
			for (int from = 0; from < rows; from += CHUNK_ROWS) {
				model.score(x, from, Math.min(CHUNK_ROWS, rows - from), probabilities, predicted);
			}
		} else {
			List<Future<?>> chunks = new ArrayList<>();
			for (int from = 0; from < rows; from += CHUNK_ROWS) {
				int start = from;
				chunks.add(pool.submit(() -> model.score(x, start, Math.min(CHUNK_ROWS, rows - start), probabilities, predicted)));
			}
			await(chunks);
		}
		return new Scores(model.classes(), probabilities, predicted);
	}

	private static void await(List<Future<?>> chunks) {
		try {
			for (Future<?> chunk : chunks) {
				chunk.get();
			}
		} catch (InterruptedException e) {
			chunks.forEach(chunk -> chunk.cancel(true));
			Thread.currentThread().interrupt();
			throw new IllegalStateException("batch evaluation was interrupted", e);
		} catch (ExecutionException e) {
			chunks.forEach(chunk -> chunk.cancel(true));
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("batch evaluation failed: " + e.getCause(), e.getCause());
		}
	}

	/** Worker threads. */
	public int threads() {
		return threads;
	}

	/**
	 * Softmax and argmax of {@code rows} rows of logits (flat, {@code classes} a row) into {@code probabilities} (from
	 * row {@code from}) and {@code predicted}: computed in double from the largest logit, the predicted class being the
	 * first of largest logit.
	 */
	static void softmax(float[] logits, int rows, int classes, int from, float[] probabilities, int[] predicted) {
		double[] exp = new double[classes];
		for (int r = 0; r < rows; r++) {
			int base = r * classes;
			int best = 0;
			for (int c = 1; c < classes; c++) {
				if (logits[base + c] > logits[base + best]) {
					best = c;
				}
			}
			double max = logits[base + best];
			double sum = 0;
			for (int c = 0; c < classes; c++) {
				exp[c] = Math.exp(logits[base + c] - max);
				sum += exp[c];
			}
			int out = (from + r) * classes;
			for (int c = 0; c < classes; c++) {
				probabilities[out + c] = (float) (exp[c] / sum);
			}
			predicted[from + r] = best;
		}
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdownNow();
		}
	}
}
