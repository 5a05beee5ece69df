package org.assay.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The shared test models in {@code tests/models/}, used by the language tests and later by the generator tests.
 */
public final class TestModels {

	private TestModels() {
	}

	/** The folder of the shared test models (system property {@code assay.testModels}, set by the build). */
	public static Path root() {
		String configured = System.getProperty("assay.testModels");
		Path root = configured != null ? Paths.get(configured) : Paths.get("../models");
		if (!Files.isDirectory(root)) {
			throw new IllegalStateException("shared test models not found at " + root.toAbsolutePath());
		}
		return root.toAbsolutePath().normalize();
	}

	public static Path path(String relative) {
		return root().resolve(relative);
	}

	public static String read(String relative) {
		try {
			return Files.readString(path(relative));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
