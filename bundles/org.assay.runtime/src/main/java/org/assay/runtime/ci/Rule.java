package org.assay.runtime.ci;

/**
 * A rule that findings refer to, as CI formats describe it.
 *
 * @param id the issue code without its prefix, e.g. {@code thresholdOutOfRange}
 * @param description what the rule finds, one sentence
 * @param fix how to fix what it finds
 */
public record Rule(String id, String description, String fix) {
}
