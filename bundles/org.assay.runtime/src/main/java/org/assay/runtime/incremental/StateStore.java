package org.assay.runtime.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.assay.runtime.engine.StateKey;
import org.assay.runtime.lineage.Sha256;
import org.assay.runtime.results.AtomicFiles;

/**
 * The stored states of a partitioned dataset: {@code target/assay/states/<dataset>/<partition>/} holds one file per
 * state ({@code <first 16 hex digits of the SHA-256 of the state id>.state}, the {@link
 * org.assay.runtime.engine.state.StateCodec} bytes) and {@code manifest.properties} ({@link Manifest}), written last:
 * a partition without a readable manifest has no stored states. Every file is written atomically.
 */
public final class StateStore {

	/** The store's folder, relative to the project. */
	public static final String FOLDER = "target/assay/states";

	static final String MANIFEST = "manifest.properties";

	/**
	 * What the store holds for a partition.
	 *
	 * @param states the encoded states the plan needs, when valid
	 * @param stale why the stored states cannot be used (null when they can): nothing stored, another engine, schema
	 *        or file, a state the plan needs that was not stored
	 */
	public record Lookup(Map<StateKey, byte[]> states, long rows, String dataHash, String stale) {
	}

	private final Path root;

	public StateStore(Path project, String dataset) {
		this.root = project.resolve(FOLDER).resolve(dataset);
	}

	/** The dataset's folder in the store. */
	public Path root() {
		return root;
	}

	/** The folder of a partition's states. */
	public Path folder(String partition) {
		return root.resolve(partition);
	}

	/** The stored states of a partition for these keys, if the manifest says they were computed from this file. */
	public Lookup lookup(Partition partition, PartitionEngine engine, String schemaHash, Collection<StateKey> keys)
			throws IOException {
		Path folder = folder(partition.name());
		Manifest manifest;
		try {
			manifest = Manifest.parse(Files.readAllBytes(folder.resolve(MANIFEST)));
		} catch (NoSuchFileException e) {
			return stale("new partition");
		} catch (IOException e) {
			return stale("unreadable manifest (" + e.getMessage() + ")");
		}
		if (!manifest.engine().equals(engine.name()) || !manifest.engineVersion().equals(engine.version())) {
			return stale("computed by engine " + manifest.engine() + " " + manifest.engineVersion() + ", not " + engine.name()
					+ " " + engine.version());
		}
		if (!manifest.schemaHash().equals(schemaHash)) {
			return stale("the dataset's schema changed");
		}
		long size = Files.size(partition.path());
		long modified = Files.getLastModifiedTime(partition.path()).toMillis();
		if (size != manifest.size()) {
			return stale("the file changed (" + manifest.size() + " → " + size + " bytes)");
		}
		if (modified != manifest.modified()) {
			// touched: only the hash can tell
			if (!Sha256.of(partition.path()).equals(manifest.dataHash())) {
				return stale("the file changed (another SHA-256)");
			}
			AtomicFiles.write(folder.resolve(MANIFEST), new Manifest(manifest.engine(), manifest.engineVersion(),
					manifest.schemaHash(), manifest.dataHash(), size, modified, manifest.rows(), manifest.states(),
					manifest.unstorable()).toBytes());
		}
		Map<StateKey, byte[]> states = new LinkedHashMap<>();
		for (StateKey key : keys) {
			String file = manifest.states().get(key.id());
			if (manifest.unstorable().contains(key.id())) {
				return stale("state " + key.id() + " could not be stored on Java " + Runtime.version().feature()
						+ " (see docs/incremental.md)");
			}
			if (file == null) {
				return stale("the constraints need a state not stored (" + key.id() + ")");
			}
			try {
				states.put(key, Files.readAllBytes(folder.resolve(file)));
			} catch (IOException e) {
				return stale("state " + key.id() + " unreadable (" + e.getMessage() + ")");
			}
		}
		return new Lookup(states, manifest.rows(), manifest.dataHash(), null);
	}

	private static Lookup stale(String why) {
		return new Lookup(Map.of(), 0, null, why);
	}

	/**
	 * Replaces a partition's stored states: the old folder's files are removed, each state is written, the manifest
	 * last.
	 *
	 * @param unstorable the states computed but not stored (this Java cannot encode them)
	 */
	public void save(Partition partition, PartitionEngine engine, String schemaHash, String dataHash, long size,
			long modified, long rows, Map<StateKey, byte[]> states, List<StateKey> unstorable) throws IOException {
		Path folder = folder(partition.name());
		Files.deleteIfExists(folder.resolve(MANIFEST));
		delete(folder);
		Map<String, String> files = new LinkedHashMap<>();
		for (var state : states.entrySet()) {
			String file = fileOf(state.getKey());
			AtomicFiles.write(folder.resolve(file), state.getValue());
			files.put(state.getKey().id(), file);
		}
		AtomicFiles.write(folder.resolve(MANIFEST),
				new Manifest(engine.name(), engine.version(), schemaHash, dataHash, size, modified, rows, files,
						unstorable.stream().map(StateKey::id).toList()).toBytes());
	}

	/** The file a state is stored in: stable for a state id, safe on every file system. */
	public static String fileOf(StateKey key) {
		return Sha256.of(key.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16) + ".state";
	}

	/** Removes the stored partitions not in {@code keep}; returns their names, sorted. */
	public List<String> prune(Set<String> keep) throws IOException {
		List<String> dropped = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return dropped;
		}
		try (Stream<Path> children = Files.list(root)) {
			for (Path child : children.sorted().toList()) {
				if (Files.isDirectory(child) && !keep.contains(child.getFileName().toString())) {
					delete(child);
					dropped.add(child.getFileName().toString());
				}
			}
		}
		return dropped;
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
