package org.assay.trace;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.assay.model.Requirement;
import org.assay.model.TestCase;

/**
 * Evidence is suspect when it was recorded before a requirement it verifies last changed: {@code assay import reqif}
 * records {@code changed "INSTANT"} on a requirement whose text it changed (docs/reqif.md). The test's last result
 * then no longer shows the requirement as it now reads, until the test runs again (after a review of the test against
 * the new text).
 */
public final class SuspectEvidence {

	private SuspectEvidence() {
	}

	/**
	 * @param test the test
	 * @param recorded when the run that recorded its result started (ISO-8601), or null when unknown (never suspect)
	 */
	public static boolean isSuspect(TestCase test, String recorded) {
		Instant run = instant(recorded);
		if (run == null) {
			return false;
		}
		for (Requirement requirement : test.getVerifies()) {
			if (requirement.eIsProxy() || requirement.getOrigin() == null) {
				continue;
			}
			Instant changed = instant(requirement.getOrigin().getChanged());
			if (changed != null && run.isBefore(changed)) {
				return true;
			}
		}
		return false;
	}

	private static Instant instant(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
