package org.assay.runtime.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.Schema;

/**
 * A dataset as declared in a model: file, recorded hash, schema, split (partition names, shares in percent, seed,
 * stratifying column) and named slices.
 *
 * @param name qualified name of the dataset
 * @param source where it is declared, {@code file:line}
 * @param path the data file, relative to the project
 * @param sha256 the recorded hash, or null
 * @param external whether the model marks the path {@code external}: only then may it lie outside the project
 */
public record DatasetSpec(String name, String source, String path, String sha256, Schema schema, List<String> partitions,
		double[] shares, long seed, String stratifiedBy, Map<String, RowPredicate> slices, boolean external) {

	/** A dataset whose file lies inside the project. */
	public DatasetSpec(String name, String source, String path, String sha256, Schema schema, List<String> partitions,
			double[] shares, long seed, String stratifiedBy, Map<String, RowPredicate> slices) {
		this(name, source, path, sha256, schema, partitions, shares, seed, stratifiedBy, slices, false);
	}

	public DatasetSpec {
		partitions = List.copyOf(partitions);
		shares = shares.clone();
		slices = new LinkedHashMap<>(slices);
		if (partitions.size() != shares.length) {
			throw new IllegalArgumentException(partitions.size() + " partitions but " + shares.length + " shares");
		}
	}
}
