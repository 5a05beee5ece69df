package org.assay.runtime.engine;

import java.io.IOException;

import org.assay.runtime.scan.RowSource;

/**
 * How the engine runs: on how many threads chunks are read (results do not depend on it), and where the datasets that
 * referential-containment conditions name are read from.
 *
 * @param threads threads reading chunks, at least 1
 * @param references opens another dataset by the name a condition gives it; null when none is available
 */
public record EngineOptions(int threads, References references) {

	/** Opens the datasets that {@code where x in Other.column} conditions name. */
	public interface References {
		/** A fresh source of the named dataset (the engine closes it); throws when there is none. */
		RowSource open(String dataset) throws IOException;
	}

	public EngineOptions {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + threads);
		}
	}

	/** All cores, no referenced datasets. */
	public static EngineOptions defaults() {
		return new EngineOptions(Runtime.getRuntime().availableProcessors(), null);
	}

	public EngineOptions withThreads(int count) {
		return new EngineOptions(count, references);
	}

	public EngineOptions withReferences(References opener) {
		return new EngineOptions(threads, opener);
	}
}
