package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declared preparation steps, checked against encodings worked out by hand. */
class FeatureEncoderTest {

	@TempDir
	Path folder;

	private Table table() throws Exception {
		Path csv = Files.writeString(folder.resolve("t.csv"), """
				x,y,c,label
				1,10,red,a
				3,20,blue,b
				,30,red,a
				5,40,,b
				""");
		CsvLoader.Result loaded = CsvLoader.load(csv, new Schema(List.of(Column.real("x", 0, 100), Column.real("y", 0, 100),
				Column.categorical("c", List.of("red", "green", "blue")), Column.categorical("label", List.of("a", "b")).asLabel())));
		assertTrue(loaded.isUsable(), loaded.problems().toString());
		return loaded.table();
	}

	@Test
	void defaultsStandardizeWithMeanImputationAndOneHot() throws Exception {
		Table table = table();
		FeatureEncoder encoder = FeatureEncoder.fit(table, new int[] { 0, 1, 2, 3 });
		assertEquals(1 + 1 + 3, encoder.width());
		float[] m = encoder.encode(table, new int[] { 2, 3 });
		// x: present 1, 3, 5 -> mean 3, population sd sqrt(8/3); the missing x is the mean -> 0
		assertEquals(0f, m[0], 1e-6);
		assertEquals((5 - 3) / Math.sqrt(8.0 / 3), m[5], 1e-6);
		// y: mean 25, sd sqrt(125); c: red -> (1, 0, 0), missing -> (0, 0, 0)
		assertEquals((30 - 25) / Math.sqrt(125), m[1], 1e-6);
		assertArrayEquals(new float[] { 1, 0, 0 }, java.util.Arrays.copyOfRange(m, 2, 5));
		assertArrayEquals(new float[] { 0, 0, 0 }, java.util.Arrays.copyOfRange(m, 7, 10));
	}

	@Test
	void declaredStepsImputeScaleEncodeAndDrop() throws Exception {
		Table table = table();
		List<PreparationStep> steps = List.of(PreparationStep.impute("median", Double.NaN, "m:1", "x"),
				PreparationStep.scale("normalize", "m:2", "x"), PreparationStep.encode("ordinal", "m:3", "c"),
				PreparationStep.impute("mode", Double.NaN, "m:4", "c"), PreparationStep.drop("m:5", "y"));
		FeatureEncoder encoder = FeatureEncoder.fit(table, new int[] { 0, 1, 2, 3 }, steps);
		assertEquals(2, encoder.width(), "x normalized, c ordinal, y dropped");
		float[] m = encoder.encode(table, new int[] { 0, 1, 2, 3 });
		// x: min 1, max 5; the missing x is the median 3 -> 0.5; c: red 0, blue 2, missing -> the mode red -> 0
		assertArrayEquals(new float[] { 0f, 0f, 0.5f, 2f, 0.5f, 0f, 1f, 0f }, m, 1e-6f);

		encoder.save(folder.resolve("model"));
		assertArrayEquals(m, FeatureEncoder.load(folder.resolve("model"), table).encode(table, new int[] { 0, 1, 2, 3 }),
				"a saved model is evaluated with the encoding it was trained with");

		FeatureEncoder constant = FeatureEncoder.fit(table, new int[] { 0, 1, 2, 3 },
				List.of(PreparationStep.impute("constant", 9, "m:1", "x"), PreparationStep.scale("normalize", "m:2", "x")));
		assertEquals((9 - 1) / 4.0, constant.encode(table, new int[] { 2 })[0], 1e-6, "constant 9, normalized over [1, 5]");
	}

	@Test
	void encoderFilesOfTheEarlierFormatStillLoad() throws Exception {
		Table table = table();
		Files.createDirectories(folder.resolve("old"));
		Files.writeString(folder.resolve("old/encoder.properties"), "# Assay feature encoder: name=mean,scale\nx=3.0,2.0\ny=25.0,5.0\n");
		float[] m = FeatureEncoder.load(folder.resolve("old"), table).encode(table, new int[] { 2 });
		assertArrayEquals(new float[] { 0f, 1f, 1f, 0f, 0f }, m, 1e-6f, "x missing -> mean; y (30 - 25) / 5; c one-hot red");
		Files.writeString(folder.resolve("old/encoder.properties"), "x=numeric,oops\ny=25.0,5.0\n");
		var e = assertThrows(java.io.IOException.class, () -> FeatureEncoder.load(folder.resolve("old"), table));
		assertTrue(e.getMessage().contains("cannot read the encoding of x"), e.getMessage());
	}

	@Test
	void aStepWithAnUnknownOptionIsRefusedWithItsSource() {
		var e = assertThrows(IllegalArgumentException.class, () -> PreparationStep.scale("log", "m.assay:7", "x"));
		assertEquals("m.assay:7: scale has no option 'log'; use standardize or normalize", e.getMessage());
		assertTrue(PreparationStep.drop("m:1", "pixels").covers("pixels_12"));
		assertFalse(PreparationStep.drop("m:1", "pixels").covers("pixels_x") || PreparationStep.drop("m:1", "pix").covers("pixels_1"));
	}
}
