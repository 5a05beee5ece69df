package org.assay.cli.reqif;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.ElementNames;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.dsl.headless.ProjectFiles;
import org.assay.dsl.init.Names;
import org.assay.dsl.reqif.ImportedRequirement;
import org.assay.dsl.reqif.ReqifDocument;
import org.assay.dsl.reqif.ReqifException;
import org.assay.dsl.reqif.ReqifReader;
import org.assay.dsl.reqif.RequirementImport;
import org.assay.model.AssayModel;
import org.assay.model.Dataset;
import org.assay.model.Element;
import org.assay.model.NamedElement;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.runtime.results.AtomicFiles;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay import reqif FILE [--into PROJECT|FILE.assay]}: requirements from a ReqIF 1.2 file into .assay files,
 * merged with what is there (docs/reqif.md).
 */
@Command(name = "reqif", mixinStandardHelpOptions = true,
		description = { "Import the requirements of a ReqIF 1.2 file (DOORS, Polarion, Capella, ReqIF Studio …) into .assay "
				+ "requirements: ids, titles, texts (XHTML as plain text) and the other attributes are kept; spec relations "
				+ "between requirements become 'link' lines (refines, derives, satisfies, depends, relates). A re-import "
				+ "updates texts and attributes, adds new requirements and links, marks requirements whose text changed "
				+ "(evidence of their tests is SUSPECT until they run again) and only reports requirements the file no longer "
				+ "holds.",
				"Exit code 0: imported, 1: imported but the project has validation errors, 2: unreadable file or bad usage." })
public final class ReqifImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "the .reqif file, or a .reqifz archive")
	private Path file;

	@Option(names = "--into", paramLabel = "PROJECT|FILE.assay", description = "the project folder (new requirements go "
			+ "to the file that holds this document's requirements already, else PROJECT/<File name>.assay) or the .assay "
			+ "file new requirements go to (default: the current folder)")
	private Path into = Path.of(".");

	@Option(names = "--refines", paramLabel = "ATTRIBUTE", description = "the quality attribute new requirements refine, "
			+ "e.g. assay.iso25059.FunctionalCorrectness (default: none; validation then warns)")
	private String refines;

	@Option(names = "--id-attribute", paramLabel = "NAME", description = "the attribute holding the id users see "
			+ "(default: the first of ReqIF.ForeignID, ID, Identifier, Object Identifier, Absolute Number)")
	private String idAttribute;

	@Option(names = "--now", hidden = true, description = "the time recorded on changed requirements (tests)")
	private String now;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(file)) {
			err.println("assay import reqif: " + file + ": no such file");
			return 2;
		}
		Instant time;
		try {
			time = now == null ? Instant.now() : Instant.parse(now);
		} catch (DateTimeParseException e) {
			err.println("assay import reqif: --now " + now + " is not an ISO-8601 UTC time");
			return 2;
		}
		ReqifDocument document;
		try {
			document = ReqifReader.read(file);
		} catch (ReqifException e) {
			err.println("assay import reqif: " + e.getMessage());
			return 2;
		}
		document.warnings().forEach(w -> out.println("warning: " + w));
		List<ImportedRequirement> imported = new ArrayList<>();
		int skipped = 0;
		for (ReqifDocument.SpecObject object : document.objects()) {
			Optional<ImportedRequirement> requirement = ImportedRequirement.of(object, idAttribute);
			requirement.ifPresent(imported::add);
			skipped += requirement.isEmpty() ? 1 : 0;
		}
		boolean intoFile = into.getFileName() != null && into.getFileName().toString().endsWith("." + ProjectFiles.EXTENSION);
		Path project = intoFile ? Optional.ofNullable(into.toAbsolutePath().getParent()).orElse(Path.of(".")) : into;
		String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		Path target = intoFile ? into : into.resolve(Names.camel(stem, "Requirements") + "." + ProjectFiles.EXTENSION);
		if (Files.exists(project) && !Files.isDirectory(project)) {
			err.println("assay import reqif: --into " + into + " is neither a folder nor an .assay file");
			return 2;
		}
		Files.createDirectories(project);
		Injector injector = AssayStandaloneSetup.doSetup();
		List<XtextResource> resources = resources(injector, project, target);
		if (!intoFile) {
			// a re-import of a file that is named differently now (srs-v2.reqif) goes where the first import went
			target = RequirementImport.previousTarget(imported, resources).orElse(target);
		}
		RequirementImport.Outcome outcome = RequirementImport.merge(imported, resources, target, Names.namespace(stem),
				refines, new Names(injector.getInstance(IValueConverterService.class)), time, document.relations());
		for (Map.Entry<Path, String> written : outcome.files().entrySet()) {
			AtomicFiles.write(written.getKey(), written.getValue().getBytes(StandardCharsets.UTF_8));
		}
		report(out, outcome.report(), imported.size(), skipped);
		return validate(injector, project, target, out, outcome.report().changedNames());
	}

	private static List<XtextResource> resources(Injector injector, Path project, Path target) {
		List<Path> files = new ArrayList<>(ProjectFiles.models(project));
		Path absolute = target.toAbsolutePath().normalize();
		if (Files.isRegularFile(absolute) && !files.contains(absolute)) {
			files.add(absolute);
		}
		AssayWorkspace workspace = injector.getInstance(AssayWorkspace.class).load(files);
		return workspace.getResourceSet().getResources().stream().filter(XtextResource.class::isInstance)
				.map(XtextResource.class::cast).filter(r -> r.getURI().isFile()).toList();
	}

	private static java.util.stream.Stream<TestCase> tests(Element element) {
		if (element instanceof TestSuite suite) {
			return suite.getTests().stream();
		}
		return element instanceof Dataset dataset ? dataset.getChecks().stream() : java.util.stream.Stream.empty();
	}

	private void report(PrintWriter out, RequirementImport.Report report, int requirements, int skipped) {
		out.printf("imported %s: %d requirement(s): %d added, %d changed, %d with updated attributes, %d unchanged%s%n", file,
				requirements, report.added().size(), report.changed().size(), report.updated().size(),
				report.unchanged().size(), skipped == 0 ? "" : "; " + skipped + " heading(s) or empty object(s) not imported");
		report.added().forEach(line -> out.println("  added     " + line));
		report.changed().forEach(line -> out.println("  changed   " + line
				+ " — the evidence of the tests verifying it is SUSPECT until they run again"));
		report.updated().forEach(line -> out.println("  updated   " + line));
		report.missing().forEach(line -> out.println("  missing   " + line + " is no longer in " + file.getFileName()
				+ ": kept; delete it by hand if it was withdrawn"));
		report.linked().forEach(line -> out.println(line.startsWith("not linked: ") ? "  not linked " + line.substring(12)
				: "  linked    " + line));
	}

	/**
	 * Validates the project as written; prints its errors, the tests whose evidence is now suspect, and a summary; 1
	 * when there are errors.
	 */
	private static int validate(Injector injector, Path project, Path target, PrintWriter out, List<String> changed) {
		List<Path> files = new ArrayList<>(ProjectFiles.models(project));
		Path absolute = target.toAbsolutePath().normalize();
		if (Files.isRegularFile(absolute) && !files.contains(absolute)) {
			files.add(absolute);
		}
		Map<Resource, List<Issue>> issues = injector.getInstance(AssayWorkspace.class).load(files)
				.validateAll(CancelIndicator.NullImpl);
		int errors = 0;
		int warnings = 0;
		for (Map.Entry<Resource, List<Issue>> entry : issues.entrySet()) {
			for (Issue issue : entry.getValue()) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
					out.println(AssayWorkspace.format(Path.of(""), entry.getKey(), issue));
				} else if (issue.getSeverity() == Severity.WARNING) {
					warnings++;
				}
			}
		}
		List<String> suspect = issues.keySet().stream().filter(r -> !r.getContents().isEmpty())
				.flatMap(r -> ((AssayModel) r.getContents().get(0)).getElements().stream()).flatMap(ReqifImportCommand::tests)
				.filter(t -> t.getVerifies().stream().anyMatch(r -> !r.eIsProxy() && changed.contains(r.getName())))
				.map(t -> (t.eContainer() instanceof Dataset dataset ? ElementNames.dataSuite(dataset)
						: ElementNames.qualified((NamedElement) t.eContainer())) + "." + t.getName()).sorted().toList();
		if (!suspect.isEmpty()) {
			out.println("  review and run again (their evidence is SUSPECT): " + String.join(", ", suspect));
		}
		out.printf("validated %d file(s): %d error(s), %d warning(s)%s%n", files.size(), errors, warnings,
				warnings > 0 ? " (run 'assay validate " + project + "' to see them)" : "");
		return errors > 0 ? 1 : 0;
	}
}
