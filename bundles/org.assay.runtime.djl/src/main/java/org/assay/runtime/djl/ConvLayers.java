package org.assay.runtime.djl;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

/**
 * The convolutional front of a CNN classifier ({@link ConvSpec}): the encoded row reshaped to a one-channel image,
 * then per declared filter count a same-padded convolution, the MLP's activation ({@link MlpLayers#activation}) and,
 * while the image is at least 2 × 2, a 2 × 2 max-pooling; finally flattened for the dense layers that follow.
 */
final class ConvLayers {

	private ConvLayers() {
	}

	/** Appends the convolutional layers of {@code conv} to {@code block}. */
	static void add(SequentialBlock block, ConvSpec conv, MlpSpec spec) {
		int height = conv.height();
		int width = conv.width();
		block.add(new LambdaBlock(list -> new NDList(list.singletonOrThrow().reshape(-1, 1, conv.height(), conv.width())),
				"image"));
		for (int filters : conv.filters()) {
			block.add(Conv2d.builder().setKernelShape(new Shape(conv.kernel(), conv.kernel()))
					.optPadding(new Shape(conv.kernel() / 2, conv.kernel() / 2)).setFilters(filters).build());
			block.add(MlpLayers.activation(spec));
			if (height >= 2 && width >= 2) {
				block.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
				height /= 2;
				width /= 2;
			}
		}
		block.add(Blocks.batchFlattenBlock());
	}
}
