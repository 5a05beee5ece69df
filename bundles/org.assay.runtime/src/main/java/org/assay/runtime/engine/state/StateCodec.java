package org.assay.runtime.engine.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;

/**
 * The stable binary encoding of a {@link MetricState} (big-endian, {@link java.io.DataOutput}): the magic
 * {@code ASST}, the format version, the state's kind code and the version of its fields, the common fields (null
 * policy, columns, tally), then the kind's fields. Maps are written in key order, so equal states encode to equal
 * bytes. See docs/engine-states.md.
 */
public final class StateCodec {

	/** "ASST". */
	public static final int MAGIC = 0x41535354;
	public static final int FORMAT_VERSION = 1;

	private StateCodec() {
	}

	/** The common fields, read before a kind's own. */
	record Common(List<String> names, int[] columns, NullPolicy policy, Tally tally) {
		<T extends ColumnState> T init(T state) {
			state.tally = tally;
			return state;
		}
	}

	public static byte[] encode(MetricState state) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(MAGIC);
			out.writeShort(FORMAT_VERSION);
			out.writeByte(state.kind().code());
			out.writeShort(state.kind().version());
			((ColumnState) state).writeCommon(out);
			state.writeFields(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Reads a state; a foreign, newer or cut-short encoding is refused with a message saying which. */
	public static MetricState decode(byte[] encoded) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded));
		try {
			if (in.readInt() != MAGIC) {
				throw new IOException("not an Assay metric state (no ASST magic)");
			}
			int format = in.readUnsignedShort();
			if (format != FORMAT_VERSION) {
				throw new IOException("metric state format " + format + " is not supported (this runtime reads " + FORMAT_VERSION + ")");
			}
			StateKind kind;
			try {
				kind = StateKind.ofCode(in.readUnsignedByte());
			} catch (IllegalArgumentException e) {
				throw new IOException(e.getMessage(), e);
			}
			int version = in.readUnsignedShort();
			if (version > kind.version() || version < kind.oldestVersion()) {
				throw new IOException(kind + " state version " + version + " is not supported (this runtime reads "
						+ (kind.oldestVersion() == kind.version() ? "" : kind.oldestVersion() + " to ") + kind.version() + ")");
			}
			int policy = in.readUnsignedByte();
			if (policy >= NullPolicy.values().length) {
				throw new IOException("unknown null policy " + policy);
			}
			int count = in.readUnsignedShort();
			List<String> names = new ArrayList<>();
			int[] columns = new int[count];
			for (int i = 0; i < count; i++) {
				names.add(in.readUTF());
				columns[i] = in.readInt();
			}
			Common common = new Common(names, columns, NullPolicy.values()[policy], Tally.read(in));
			MetricState state = switch (kind) {
			case ROW_COUNT -> common.init(new SimpleStates.RowCount());
			case COMPLETENESS -> common.init(new SimpleStates.Completeness(names, columns, common.policy()));
			case LENGTH -> SimpleStates.Length.read(common, in);
			case DISTINCT_VALUES -> DistinctState.read(common, in);
			case MIN_MAX -> MinMaxState.read(common, in);
			case MOMENTS -> MomentsState.read(common, in);
			case VALUES -> ValuesState.read(common, in);
			case KLL -> SketchStates.Kll.read(common, in, version);
			case HLL -> SketchStates.Hll.read(common, in);
			case CORRELATION -> CorrelationState.read(common, in);
			case SATISFACTION -> SatisfactionState.read(common, in);
			};
			if (in.available() > 0) {
				throw new IOException(in.available() + " byte(s) after the " + kind + " state");
			}
			return state;
		} catch (java.io.EOFException e) {
			throw new IOException("metric state cut short", e);
		}
	}
}
