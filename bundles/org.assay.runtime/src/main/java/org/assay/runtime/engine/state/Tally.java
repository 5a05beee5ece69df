package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * What a metric met, whatever its null policy: rows read, values used, nulls, NaN and invalid cells (or, for metrics
 * of several columns, rows with one), and the first rows with a null or NaN.
 */
public final class Tally {

	long rows;
	long values;
	long nulls;
	long nans;
	long invalid;
	final Examples missing;

	Tally() {
		this(new Examples());
	}

	private Tally(Examples missing) {
		this.missing = missing;
	}

	public long rows() {
		return rows;
	}

	public long values() {
		return values;
	}

	public long nulls() {
		return nulls;
	}

	public long nans() {
		return nans;
	}

	public long invalid() {
		return invalid;
	}

	/** The first rows holding a null or NaN. */
	public Examples missing() {
		return missing;
	}

	void merge(Tally later) {
		rows += later.rows;
		values += later.values;
		nulls += later.nulls;
		nans += later.nans;
		invalid += later.invalid;
		missing.merge(later.missing);
	}

	void write(DataOutput out) throws IOException {
		out.writeLong(rows);
		out.writeLong(values);
		out.writeLong(nulls);
		out.writeLong(nans);
		out.writeLong(invalid);
		missing.write(out);
	}

	static Tally read(DataInput in) throws IOException {
		long rows = in.readLong();
		long values = in.readLong();
		long nulls = in.readLong();
		long nans = in.readLong();
		long invalid = in.readLong();
		Tally tally = new Tally(Examples.read(in));
		tally.rows = rows;
		tally.values = values;
		tally.nulls = nulls;
		tally.nans = nans;
		tally.invalid = invalid;
		return tally;
	}
}
