package org.assay.runtime.engine.state;

/** The kinds of state, with their stable codes and the version of each one's fields (see docs/engine-states.md). */
public enum StateKind {
	ROW_COUNT(1, 1), COMPLETENESS(2, 1), DISTINCT_VALUES(3, 1), MIN_MAX(4, 1), MOMENTS(5, 1), VALUES(6, 1), KLL(7, 2, 1),
	HLL(8, 1), LENGTH(9, 1), CORRELATION(10, 1), SATISFACTION(11, 1);

	private final int code;
	private final int version;
	private final int oldest;

	StateKind(int code, int version) {
		this(code, version, version);
	}

	/** A kind whose readers still read its fields' versions {@code oldest} to {@code version} (KLL: 1, a sketch). */
	StateKind(int code, int version, int oldest) {
		this.code = code;
		this.version = version;
		this.oldest = oldest;
	}

	/** The byte that names the kind in an encoding; never reused. */
	public int code() {
		return code;
	}

	/** The version of the kind's fields. */
	public int version() {
		return version;
	}

	/** The oldest version of the kind's fields that is still read. */
	public int oldestVersion() {
		return oldest;
	}

	public static StateKind ofCode(int code) {
		for (StateKind kind : values()) {
			if (kind.code == code) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown state kind " + code);
	}
}
