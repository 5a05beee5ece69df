package org.assay.runtime.djl;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a feed-forward classifier as an ONNX model (protobuf wire format of {@code onnx.proto}, IR version 8, opset
 * 13): {@code Gemm} layers with an activation between them and a final {@code Softmax}, so that the file's output is
 * class probabilities. Only the messages and fields such a graph needs are written; the field numbers are those of
 * {@code onnx.proto}.
 */
final class OnnxWriter {

	private static final int FLOAT = 1;
	private static final int ATTRIBUTE_INT = 2;

	private final List<byte[]> nodes = new ArrayList<>();
	private final List<byte[]> initializers = new ArrayList<>();
	private final int inputWidth;
	private String last = "features";
	private int counter;

	OnnxWriter(int inputWidth) {
		this.inputWidth = inputWidth;
	}

	/** {@code y = x · weightᵀ + bias} with {@code weight} row-major {@code [out][in]}. */
	OnnxWriter dense(float[] weight, float[] bias, int out, int in) {
		String w = "W" + counter;
		String b = "B" + counter;
		initializers.add(tensor(w, new long[] { out, in }, weight));
		initializers.add(tensor(b, new long[] { out }, bias));
		String y = "dense" + counter++;
		nodes.add(node("Gemm", List.of(last, w, b), y, attribute("transB", 1)));
		last = y;
		return this;
	}

	/** One of Relu, Tanh, Sigmoid. */
	OnnxWriter activation(String op) {
		String y = op.toLowerCase(java.util.Locale.ROOT) + counter++;
		nodes.add(node(op, List.of(last), y, null));
		last = y;
		return this;
	}

	/** The model bytes: softmax over the last layer's outputs as output {@code probabilities}. */
	byte[] toBytes(int classes) {
		nodes.add(node("Softmax", List.of(last), "probabilities", attribute("axis", 1)));
		Message graph = new Message();
		nodes.forEach(n -> graph.bytes(1, n));
		graph.string(2, "assay");
		initializers.forEach(t -> graph.bytes(5, t));
		graph.bytes(11, valueInfo("features", inputWidth));
		graph.bytes(12, valueInfo("probabilities", classes));
		Message model = new Message();
		model.varint(1, 8);
		model.string(2, "assay");
		model.string(3, "0.1.0");
		model.bytes(7, graph.toBytes());
		model.bytes(8, new Message().string(1, "").varint(2, 13).toBytes());
		return model.toBytes();
	}

	private static byte[] tensor(String name, long[] dims, float[] values) {
		Message tensor = new Message();
		for (long d : dims) {
			tensor.varint(1, d);
		}
		tensor.varint(2, FLOAT);
		tensor.string(8, name);
		ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		for (float v : values) {
			raw.putFloat(v);
		}
		tensor.bytes(9, raw.array());
		return tensor.toBytes();
	}

	private static byte[] node(String op, List<String> inputs, String output, byte[] attribute) {
		Message node = new Message();
		inputs.forEach(i -> node.string(1, i));
		node.string(2, output);
		node.string(3, output);
		node.string(4, op);
		if (attribute != null) {
			node.bytes(5, attribute);
		}
		return node.toBytes();
	}

	private static byte[] attribute(String name, long value) {
		return new Message().string(1, name).varint(3, value).varint(20, ATTRIBUTE_INT).toBytes();
	}

	/** A {@code [batch, width]} float tensor; the batch dimension is symbolic. */
	private static byte[] valueInfo(String name, int width) {
		Message shape = new Message();
		shape.bytes(1, new Message().string(2, "batch").toBytes());
		shape.bytes(1, new Message().varint(1, width).toBytes());
		Message tensorType = new Message().varint(1, FLOAT).bytes(2, shape.toBytes());
		Message type = new Message().bytes(1, tensorType.toBytes());
		return new Message().string(1, name).bytes(2, type.toBytes()).toBytes();
	}

	/** Protobuf encoding of one message: varint and length-delimited fields. */
	private static final class Message {
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Message varint(int field, long value) {
			raw(field << 3);
			raw(value);
			return this;
		}

		Message string(int field, String value) {
			return bytes(field, value.getBytes(StandardCharsets.UTF_8));
		}

		Message bytes(int field, byte[] value) {
			raw(field << 3 | 2);
			raw(value.length);
			out.writeBytes(value);
			return this;
		}

		private void raw(long value) {
			while ((value & ~0x7FL) != 0) {
				out.write((int) (value & 0x7F | 0x80));
				value >>>= 7;
			}
			out.write((int) value);
		}

		byte[] toBytes() {
			return out.toByteArray();
		}
	}
}
