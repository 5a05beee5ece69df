package org.assay.runtime.djl;

/**
 * Convolutional layers in front of an MLP, for image-like rows: the encoded row (height × width values, row-major) is
 * reshaped to one channel, then each filter count adds a same-padded convolution, the activation and, while the image
 * is at least 2 × 2, a 2 × 2 max-pooling. Declared as {@code model Net : classifier cnn filters [16, 32] kernel 3}.
 */
public record ConvSpec(int height, int width, int[] filters, int kernel) {

	public ConvSpec {
		filters = filters.clone();
		if (height < 1 || width < 1 || kernel < 1 || kernel % 2 == 0) {
			throw new IllegalArgumentException("an image needs a positive size and an odd kernel, not " + height + "x" + width
					+ " with kernel " + kernel);
		}
	}
}
