package org.assay.runtime.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;

/**
 * What one Spark task computed for one input split of a dataset's file (a "segment": consecutive rows of the file):
 * where the split starts, its rows and lines, the first problem that stopped it, its data findings, and its metric
 * states in {@link org.assay.runtime.engine.state.StateCodec} bytes, keyed by {@link org.assay.runtime.engine.StateKey#id()}.
 * Rows and lines inside are relative to the segment (its first line is 1, except the file's first segment, whose lines
 * are the file's); {@code openQuote} says that its lines end inside a quoted field. Sent from executors to the driver as bytes ({@link #encode}), so nothing here needs Java
 * serialisation.
 */
record Segment(String file, long start, long rows, long lines, boolean openQuote, DataProblem fatal, DataFindings findings,
		Map<String, byte[]> states) {

	private static final int VERSION = 1;

	byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeShort(VERSION);
			out.writeUTF(file);
			out.writeLong(start);
			out.writeLong(rows);
			out.writeLong(lines);
			out.writeBoolean(openQuote);
			out.writeBoolean(fatal != null);
			if (fatal != null) {
				writeProblem(out, fatal);
			}
			out.writeBoolean(findings != null);
			if (findings != null) {
				writeFindings(out, findings);
			}
			out.writeInt(states.size());
			for (var state : states.entrySet()) {
				out.writeUTF(state.getKey());
				out.writeInt(state.getValue().length);
				out.write(state.getValue());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static Segment decode(byte[] encoded) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			int version = in.readUnsignedShort();
			if (version != VERSION) {
				throw new IOException("segment format " + version + " is not " + VERSION + ": driver and executors run different Assay jars");
			}
			String file = in.readUTF();
			long start = in.readLong();
			long rows = in.readLong();
			long lines = in.readLong();
			boolean openQuote = in.readBoolean();
			DataProblem fatal = in.readBoolean() ? readProblem(in) : null;
			DataFindings findings = in.readBoolean() ? readFindings(in) : null;
			int count = in.readInt();
			Map<String, byte[]> states = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				String key = in.readUTF();
				byte[] state = new byte[in.readInt()];
				in.readFully(state);
				states.put(key, state);
			}
			return new Segment(file, start, rows, lines, openQuote, fatal, findings, states);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void writeProblem(DataOutputStream out, DataProblem problem) throws IOException {
		out.writeUTF(problem.file());
		out.writeLong(problem.row());
		out.writeInt(problem.column());
		out.writeUTF(problem.kind().name());
		writeText(out, problem.message());
	}

	private static DataProblem readProblem(DataInputStream in) throws IOException {
		return new DataProblem(in.readUTF(), in.readLong(), in.readInt(), DataProblem.Kind.valueOf(in.readUTF()), readText(in));
	}

	private static void writeFindings(DataOutputStream out, DataFindings findings) throws IOException {
		out.writeUTF(findings.dataset());
		out.writeLong(findings.rows());
		out.writeInt(findings.findings().size());
		for (DataFindings.Finding finding : findings.findings()) {
			out.writeUTF(finding.column());
			out.writeUTF(finding.kind().name());
			writeText(out, finding.declared());
			out.writeLong(finding.count());
			out.writeInt(finding.values().size());
			for (var value : finding.values().entrySet()) {
				writeText(out, value.getKey());
				out.writeLong(value.getValue());
			}
			out.writeLong(finding.otherCount());
			out.writeInt(finding.firstRows().size());
			for (long row : finding.firstRows()) {
				out.writeLong(row);
			}
		}
		out.writeInt(findings.undeclaredColumns().size());
		for (String column : findings.undeclaredColumns()) {
			writeText(out, column);
		}
	}

	private static DataFindings readFindings(DataInputStream in) throws IOException {
		String dataset = in.readUTF();
		long rows = in.readLong();
		int count = in.readInt();
		List<DataFindings.Finding> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String column = in.readUTF();
			DataProblem.Kind kind = DataProblem.Kind.valueOf(in.readUTF());
			String declared = readText(in);
			long cells = in.readLong();
			Map<String, Long> values = new LinkedHashMap<>();
			for (int v = in.readInt(); v > 0; v--) {
				values.put(readText(in), in.readLong());
			}
			long other = in.readLong();
			List<Long> firstRows = new ArrayList<>();
			for (int r = in.readInt(); r > 0; r--) {
				firstRows.add(in.readLong());
			}
			list.add(new DataFindings.Finding(column, kind, declared, cells, values, other, firstRows));
		}
		List<String> undeclared = new ArrayList<>();
		for (int u = in.readInt(); u > 0; u--) {
			undeclared.add(readText(in));
		}
		return new DataFindings(dataset, rows, list, undeclared);
	}

	/** Texts of any length (writeUTF stops at 64 KiB). */
	private static void writeText(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readText(DataInputStream in) throws IOException {
		byte[] bytes = new byte[in.readInt()];
		in.readFully(bytes);
		return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
	}
}
