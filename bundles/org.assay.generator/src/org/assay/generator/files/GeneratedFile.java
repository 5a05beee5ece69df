package org.assay.generator.files;

/**
 * A file a generator produces, relative to the project root. {@code regenerated} files belong to the generator and
 * are rewritten whenever their content changes; the others (generation gap: the hand-written subclasses) are created
 * once and never touched again.
 */
public record GeneratedFile(String path, String content, boolean regenerated) {
}
