package org.assay.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.assay.runtime.engine.state.ExactSum;
import org.junit.jupiter.api.Test;

/** The long accumulator against BigDecimal, over wide magnitudes, cancellation and any order. */
class ExactSumTest {

	@Test
	void equalsTheBigDecimalSumInAnyOrder() {
		Random random = new Random(5);
		for (int trial = 0; trial < 50; trial++) {
			List<Double> values = new ArrayList<>();
			BigDecimal exact = BigDecimal.ZERO;
			for (int i = 0; i < 200; i++) {
				double x = (random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(2, random.nextInt(2000) - 1000);
				if (i % 50 == 0) {
					x = Double.MIN_VALUE * random.nextInt(100);
				}
				values.add(x);
				exact = exact.add(new BigDecimal(x));
			}
			values.add(1e300);
			values.add(-1e300);
			ExactSum forward = new ExactSum();
			values.forEach(forward::add);
			Collections.shuffle(values, random);
			ExactSum halves = new ExactSum();
			ExactSum second = new ExactSum();
			for (int i = 0; i < values.size(); i++) {
				(i < values.size() / 3 ? halves : second).add(values.get(i));
			}
			halves.merge(second);
			assertEquals(exact.doubleValue(), forward.value());
			assertEquals(Double.doubleToLongBits(forward.value()), Double.doubleToLongBits(halves.value()));
			assertEquals(forward, halves);
		}
		ExactSum cancel = new ExactSum();
		for (double x : new double[] { 1e308, 1.0, -1e308, 1e-300 }) {
			cancel.add(x);
		}
		assertEquals(new BigDecimal(1.0).add(new BigDecimal(1e-300)).doubleValue(), cancel.value());
	}

	/** Zeros, subnormals and the normals next to them: the exponent-0 case is handled without a branch of its own. */
	@Test
	void zerosAndSubnormalsAddExactly() {
		double[] values = { 0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE * 3, Double.MIN_NORMAL, -Double.MIN_NORMAL / 2,
				Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_NORMAL), 0.0, 2.5, -0.0, -2.5, 7 * Double.MIN_VALUE };
		ExactSum sum = new ExactSum();
		BigDecimal exact = BigDecimal.ZERO;
		for (double x : values) {
			sum.add(x);
			exact = exact.add(new BigDecimal(x));
			assertEquals(exact.doubleValue(), sum.value(), () -> "after " + x);
		}
		ExactSum zeros = new ExactSum();
		zeros.add(0.0);
		zeros.add(-0.0);
		assertEquals(new ExactSum(), zeros, "zeros add nothing");
		assertEquals(0.0, zeros.value());
	}
}
