package org.assay.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.RowSource;

/**
 * One pass over a source: every chunk is read into fresh states on a pool of threads, and the chunks' states are
 * merged strictly in chunk order, rows made absolute from the rows and lines of the chunks before. At most twice as
 * many chunks as threads are in flight, so memory does not grow with the file. The chunks are the source's
 * {@link RowSource#guessedChunks}: when one ends inside a record (its end, the next start, was a wrong guess), it and
 * the chunks read ahead are dropped and the pass goes on from it with {@link RowSource#recut}.
 */
final class Pass {

	private record ChunkStates(Map<StateKey, MetricState> states, Chunk.Summary summary) {
	}

	private Pass() {
	}

	static ScanResult run(RowSource source, Map<StateKey, Supplier<MetricState>> factories, int threads) {
		Map<StateKey, MetricState> merged = fresh(factories);
		List<Chunk.Summary> summaries = new ArrayList<>();
		long rows = 0;
		long lines = 0;
		ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "assay-engine");
			thread.setDaemon(true);
			return thread;
		}) : null;
		try {
			List<Chunk> chunks = source.guessedChunks();
			Deque<Future<ChunkStates>> inFlight = new ArrayDeque<>();
			int next = 0;
			int recut = -1;
			AtomicInteger cut = new AtomicInteger(); // chunks of an earlier cut that have not started are skipped
			for (int done = 0; done < chunks.size(); done++) {
				ChunkStates read;
				if (pool == null) {
					read = read(chunks.get(done), factories);
				} else {
					while (next < chunks.size() && inFlight.size() < 2 * threads) {
						Chunk chunk = chunks.get(next++);
						int of = cut.get();
						inFlight.add(pool.submit(() -> of == cut.get() ? read(chunk, factories) : null));
					}
					read = inFlight.poll().get();
				}
				if (read.summary().endsInsideRecord()) {
					// the next chunk's start was a wrong guess: drop this chunk and those read ahead, cut again from here
					if (done <= recut) {
						throw new IllegalStateException(source.name() + ": chunk " + done + " was cut again and still ends "
								+ "inside a record");
					}
					cut.incrementAndGet();
					for (Future<ChunkStates> ahead : inFlight) { // let them end: interrupted, a read would close the file
						try {
							ahead.get();
						} catch (ExecutionException e) {
							// a chunk of the wrong cut
						}
					}
					inFlight.clear();
					chunks = source.recut(done);
					recut = done;
					next = done--;
					continue;
				}
				for (var state : read.states().entrySet()) {
					state.getValue().relocate(rows, lines);
					merged.get(state.getKey()).merge(state.getValue());
				}
				summaries.add(read.summary());
				rows += read.summary().rows();
				lines += read.summary().lines();
			}
			return new ScanResult(merged, summaries, rows, null);
		} catch (ExecutionException e) {
			return new ScanResult(merged, summaries, rows, describe(e.getCause()));
		} catch (IOException | RuntimeException e) {
			return new ScanResult(merged, summaries, rows, describe(e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new ScanResult(merged, summaries, rows, "interrupted while reading");
		} finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
	}

	private static ChunkStates read(Chunk chunk, Map<StateKey, Supplier<MetricState>> factories) throws IOException {
		Map<StateKey, MetricState> states = fresh(factories);
		MetricState[] all = states.values().toArray(new MetricState[0]);
		Chunk.Summary summary = chunk.read(batch -> {
			for (MetricState state : all) {
				state.update(batch);
			}
		});
		for (MetricState state : all) {
			state.seal(); // on this worker thread, not the merging one
		}
		return new ChunkStates(states, summary);
	}

	private static Map<StateKey, MetricState> fresh(Map<StateKey, Supplier<MetricState>> factories) {
		Map<StateKey, MetricState> states = new LinkedHashMap<>();
		factories.forEach((key, factory) -> states.put(key, factory.get()));
		return states;
	}

	private static String describe(Throwable e) {
		if (e instanceof UncheckedIOException unchecked) {
			e = unchecked.getCause();
		}
		String message = e.getMessage();
		return message == null ? e.toString() : message;
	}
}
