package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.assay.generator.files.GeneratedFile;
import org.assay.generator.files.GeneratedFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated files are written with the runtime's one atomic write, so they are readable like any other source. */
class GeneratedFilesWriteTest {

	@TempDir
	Path project;

	@Test
	void aWrittenFileIsReadableByAllNotOnlyItsOwner() throws Exception {
		Assumptions.assumeTrue(Files.getFileStore(project).supportsFileAttributeView("posix"));
		// before: written through a temporary file of Files.createTempFile, a new generated file kept its rw------- mode
		GeneratedFiles.write(project, List.of(new GeneratedFile("src/main/java/demo/Demo.java", "package demo;\n", false)));
		Path file = project.resolve("src/main/java/demo/Demo.java");
		assertEquals("package demo;\n", Files.readString(file));
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		assertTrue(permissions.contains(PosixFilePermission.OTHERS_READ) && permissions.contains(PosixFilePermission.GROUP_READ),
				PosixFilePermissions.toString(permissions));
		try (var leftovers = Files.list(file.getParent())) {
			assertEquals(List.of(file), leftovers.toList(), "no temporary file is left behind");
		}
	}
}
