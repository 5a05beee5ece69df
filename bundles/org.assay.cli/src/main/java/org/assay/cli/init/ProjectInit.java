package org.assay.cli.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.dsl.init.DataFile;
import org.assay.dsl.init.Names;
import org.assay.dsl.init.Plan;
import org.assay.dsl.init.ProjectText;
import org.assay.runtime.results.AtomicFiles;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * {@code assay init}'s work once the options are checked: profile the file, plan the model, write the model and the
 * pom.xml, and validate the model as {@code assay validate} would.
 */
public final class ProjectInit {

	private final PrintWriter out;
	private final PrintWriter err;

	public ProjectInit(PrintWriter out, PrintWriter err) {
		this.out = out;
		this.err = err;
	}

	/** Returns the exit code: 0 written and valid, 1 written but with validation errors, 2 nothing written. */
	public int write(Path data, Path model, String label, Set<String> protectedColumns) {
		Path folder = model.toAbsolutePath().getParent();
		try {
			Injector injector = AssayStandaloneSetup.doSetup();
			Names names = new Names(injector.getInstance(IValueConverterService.class));
			ProjectText project = ProjectText.of(data, folder, label, protectedColumns, names,
					new ProjectText.PomTemplate(resource("pom.xml"), version()));
			Files.createDirectories(folder);
			AtomicFiles.write(model, project.model().getBytes(StandardCharsets.UTF_8));
			AtomicFiles.write(folder.resolve("pom.xml"), project.pom().getBytes(StandardCharsets.UTF_8));
			summary(project.plan(), model, project.seconds());
			return validate(injector, model);
		} catch (DataFile.Unusable | Plan.OptionError | IOException e) {
			err.println("assay init: " + e.getMessage());
			return 2;
		}
	}

	private void summary(Plan plan, Path model, double seconds) {
		Plan.Declared label = plan.label();
		out.printf(java.util.Locale.ROOT, "profiled %s: %d rows, %d columns in %.1f s%n", plan.path(), plan.rows(),
				plan.fileColumns(), seconds);
		for (Plan.Declared column : plan.columns()) {
			if (column.column().note() != null) {
				out.println("  " + column.column().name() + ": " + column.column().note());
			}
		}
		plan.notDeclared().forEach(sentence -> out.println("  " + sentence));
		out.println("wrote " + model + ": dataset " + plan.dataset() + " (" + plan.columns().size() + " columns declared"
				+ (label == null ? ", no label" : ", label " + label.column().name() + ": " + (plan.classifier() ? "classifier" : "regressor"))
				+ "), " + plan.checks().size() + " checks, requirements" + (plan.trains() ? ", a starter pipeline and a suite" : ""));
		if (label != null && !plan.trains()) {
			out.println("no pipeline: Assay generates pipelines for CSV and TSV datasets only; convert the file to CSV to train on "
					+ label.column().name());
		}
		out.println("wrote " + model.resolveSibling("pom.xml"));
		out.println("next: ./assay run " + model.getParent() + "   (edit the thresholds to what the data and the model must meet)");
	}

	private int validate(Injector injector, Path model) {
		AssayWorkspace workspace = injector.getInstance(AssayWorkspace.class).load(List.of(model));
		Map<Resource, List<Issue>> results = workspace.validateAll(CancelIndicator.NullImpl);
		int errors = 0;
		for (Map.Entry<Resource, List<Issue>> entry : results.entrySet()) {
			for (Issue issue : entry.getValue()) {
				if (issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING) {
					out.println(AssayWorkspace.format(Path.of(""), entry.getKey(), issue));
					errors += issue.getSeverity() == Severity.ERROR ? 1 : 0;
				}
			}
		}
		if (errors > 0) {
			err.println("assay init: the written model does not validate (" + errors + " error(s) above): please report this "
					+ "as a bug of assay init, and fix the lines named above");
			return 1;
		}
		return 0;
	}

	/** The version of Assay this command line is (the projects it makes depend on it). */
	public static String version() {
		Properties properties = new Properties();
		try (InputStream in = ProjectInit.class.getResourceAsStream("assay.properties")) {
			properties.load(in);
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("assay.properties is missing from the command line's build", e);
		}
		return properties.getProperty("version");
	}

	/** The project template, copied from org.assay.ui/templates by the command line's build. */
	private static String resource(String name) {
		try (InputStream in = ProjectInit.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " (the project template) is missing from the command line's build");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
