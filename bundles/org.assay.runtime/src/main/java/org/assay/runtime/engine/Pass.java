package org.assay.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.RowSource;

/**
 * One pass over a source: every chunk is read into fresh states on a pool of threads, and the chunks' states are
 * merged strictly in chunk order, rows made absolute from the rows and lines of the chunks before. At most twice as
 * many chunks as threads are in flight, so memory does not grow with the file. The chunks are the source's
 * {@link RowSource#guessedChunks}: when one ends inside a record (its end, the next start, was a wrong guess), the pass
 * merges what it read before that record, takes {@link RowSource#recut} and reads the next chunk again from there.
 */
final class Pass {

	private record ChunkStates(Map<StateKey, MetricState> states, Chunk.Summary summary) {
	}

	/** A chunk being read on the pool, at its index in the chunk list it was taken from. */
	private record Ahead(int index, Chunk chunk, Future<ChunkStates> future) {
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
			AtomicReference<List<Chunk>> live = new AtomicReference<>(chunks); // a chunk cut away is not read
			Map<Integer, Ahead> inFlight = new HashMap<>();
			for (int done = 0; done < chunks.size(); done++) {
				ChunkStates read;
				if (pool == null) {
					read = read(chunks.get(done), factories);
				} else {
					for (int i = done; i < Math.min(chunks.size(), done + 2 * threads); i++) {
						if (!inFlight.containsKey(i)) {
							Chunk chunk = chunks.get(i);
							int index = i;
							inFlight.put(i, new Ahead(index, chunk, pool.submit(() -> isIn(live.get(), index, chunk)
									? read(chunk, factories) : null)));
						}
					}
					read = inFlight.remove(done).future().get();
				}
				if (read.summary().endsInsideRecord()) {
					// its end, the next chunk's start, was a wrong guess: what it read before its last record holds; the
					// next chunk now starts at that record and is read again
					chunks = source.recut(done);
					live.set(chunks);
					List<Chunk> cut = chunks;
					for (var ahead = inFlight.values().iterator(); ahead.hasNext();) {
						Ahead one = ahead.next();
						if (!isIn(cut, one.index(), one.chunk())) {
							ahead.remove();
							await(one.future());
						}
					}
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
				pool.shutdownNow(); // its threads end, and what their states left for the next chunk with them
			} else {
				MetricState.releaseThreadScratch();
			}
		}
	}

	private static boolean isIn(List<Chunk> chunks, int index, Chunk chunk) {
		return index < chunks.size() && chunks.get(index) == chunk;
	}

	/** Lets a read of a chunk that was cut away end (interrupted, a read could close the file it reads). */
	private static void await(Future<ChunkStates> future) throws InterruptedException {
		try {
			future.get();
		} catch (ExecutionException e) {
			// a chunk cut away: what it met does not count
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
