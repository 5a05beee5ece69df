package org.assay.runtime.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths a model names stay inside the project unless marked external; the rule is decided before anything is read. */
class ProjectPathsTest {

	@TempDir
	Path project;

	@Test
	void relativePathsInsideTheProjectResolve() throws Exception {
		assertEquals(project.resolve("data/x.csv"), ProjectPaths.resolve(project, "data/x.csv", false, "data file"));
		assertEquals(project.resolve("x.csv"), ProjectPaths.resolve(project, "data/../x.csv", false, "data file"));
		assertNull(ProjectPaths.outsideReason("data/./New York 18-25.csv"));
	}

	@Test
	void escapesAbsolutePathsAndInvalidPathsAreRefused() {
		for (String path : new String[] { "../../../../../etc/passwd", "data/../../x.csv", "/etc/passwd", "..", "", "a\0b" }) {
			var e = assertThrows(ProjectPaths.OutsideProjectException.class,
					() -> ProjectPaths.resolve(project, path, false, "data file"), path);
			assertTrue(e.getMessage().startsWith("data file '" + ProjectPaths.printable(path) + "'"), e.getMessage());
			assertFalse(e.getMessage().contains("\0"), "the message stays printable");
		}
	}

	@Test
	void aLinkOutOfTheProjectIsRefusedAndExternalOptsIn() throws Exception {
		Path outside = Files.createTempDirectory("assay-outside");
		try {
			Path secret = Files.writeString(outside.resolve("secret.csv"), "secret");
			Files.createSymbolicLink(project.resolve("link.csv"), secret);
			var e = assertThrows(ProjectPaths.OutsideProjectException.class,
					() -> ProjectPaths.resolve(project, "link.csv", false, "data file"));
			assertTrue(e.getMessage().contains("link to a file outside the project"), e.getMessage());
			assertEquals(secret, ProjectPaths.resolve(project, secret.toString(), true, "data file"));
			assertEquals(project.resolve("link.csv"), ProjectPaths.resolve(project, "link.csv", true, "data file"));
		} finally {
			Files.deleteIfExists(project.resolve("link.csv"));
			Files.deleteIfExists(outside.resolve("secret.csv"));
			Files.deleteIfExists(outside);
		}
	}
}
