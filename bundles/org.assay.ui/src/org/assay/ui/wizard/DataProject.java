package org.assay.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.assay.dsl.init.DataFile;
import org.assay.dsl.init.Names;
import org.assay.dsl.init.Plan;
import org.assay.dsl.init.ProjectText;
import org.assay.ui.AssayUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.conversion.IValueConverterService;

/**
 * The wizard's "from a data file": the file copied into the project's {@code data/} folder, profiled in one pass, and
 * the model and pom.xml written by the same code as {@code assay init} ({@link ProjectText}, docs/init.md).
 *
 * @param file the CSV or TSV file the user chose
 * @param label the column to predict, or null
 * @param protectedColumns protected attributes (may be empty)
 */
public record DataProject(Path file, String label, Set<String> protectedColumns) {

	/** Copies the file into {@code data}, writes the model and the pom; returns the model. */
	IFile create(IProject project, IFolder data) throws CoreException {
		if (!Files.isRegularFile(file)) {
			throw new CoreException(Status.error(file + ": no such file. Choose an existing CSV or TSV file."));
		}
		IFile copy = data.getFile(file.getFileName().toString());
		try (InputStream in = Files.newInputStream(file)) {
			copy.create(in, true, null);
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot copy " + file + " into the project: " + e.getMessage(), e));
		}
		Path folder = project.getLocation().toFile().toPath();
		Path copied = copy.getLocation().toFile().toPath();
		ProjectText text;
		try {
			Names names = new Names(AssayUi.injector().getInstance(IValueConverterService.class));
			text = ProjectText.of(copied, folder, label, protectedColumns, names, new ProjectText.PomTemplate(template(), null));
		} catch (DataFile.Unusable | IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		} catch (Plan.OptionError e) {
			// the plan speaks in assay init's options; the wizard's fields carry the same names
			throw new CoreException(Status.error(e.getMessage().replaceFirst("^--label ", "Label column ")
					.replaceFirst("^--protected ", "Protected column "), e));
		}
		IFile model = project.getFile(text.stem() + ".assay");
		write(model, text.model());
		write(project.getFile("pom.xml"), text.pom());
		return model;
	}

	/** The project template that {@code assay init}'s build copies too. */
	private static String template() throws CoreException {
		URL url = Platform.getBundle("org.assay.ui").getEntry("templates/pom.xml");
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | NullPointerException e) {
			throw new CoreException(Status.error("the pom template is missing from org.assay.ui", e));
		}
	}

	private static void write(IFile file, String content) throws CoreException {
		ByteArrayInputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			file.create(in, true, null);
		}
	}
}
