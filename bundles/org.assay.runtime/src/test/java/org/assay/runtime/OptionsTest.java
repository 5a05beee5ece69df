package org.assay.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.assay.runtime.options.Options;
import org.junit.jupiter.api.Test;

class OptionsTest {

	enum Statistic {
		PSI, KS_STATISTIC
	}

	@Test
	void aKeywordIsTheConstantInLowerCase() {
		assertEquals(Statistic.KS_STATISTIC, Options.parse(Statistic.class, "ks_statistic", "drift statistic"));
		assertEquals("psi", Options.keyword(Statistic.PSI));
	}

	@Test
	void anUnknownOrMissingValueNamesTheAllowedOnes() {
		var wrongCase = assertThrows(IllegalArgumentException.class, () -> Options.parse(Statistic.class, "PSI", "drift statistic"));
		assertEquals("unknown drift statistic 'PSI'; use psi or ks_statistic", wrongCase.getMessage());
		var missing = assertThrows(IllegalArgumentException.class, () -> Options.parse(Statistic.class, null, "drift statistic"));
		assertEquals("unknown drift statistic 'null'; use psi or ks_statistic", missing.getMessage());
	}
}
