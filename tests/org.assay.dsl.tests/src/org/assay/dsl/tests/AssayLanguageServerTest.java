package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.assay.catalogue.StandardCatalogue;
import org.assay.dsl.ide.AssayIdeSetup;
import org.assay.dsl.validation.IssueCodes;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The Assay language server, driven over LSP4J's JSON-RPC (piped streams, as a client would through stdio):
 * diagnostics, content assist, hover, document symbols, go-to-definition into a catalogue, quick fixes, formatting.
 */
class AssayLanguageServerTest {

	@TempDir
	Path workspace;

	private LanguageServerFixture ls;
	private LanguageServer server;

	private static final String DATA = """
			namespace shop
			import assay.iso25059.*
			import assay.iso25012.*
			dataset Orders {
				label fraud : category [yes, no]
				feature amount : double range 0 .. *
				feature country : category [de, fr]
				split train 80 %, test 20 % seed 1
			}
			pipeline P {
				prepare Orders {
					require completeness >= 0.9
					standardize amount
				}
			}
			""";

	private static final String REQUIREMENTS = """
			namespace shop
			import assay.iso25059.*
			requirement R refines FunctionalCorrectness {
				accept accuracy >= 1.5 on Orders.test
			}
			suite S tests P {
				test T verifies R : threshold accuracy on Orders.test
			}
			""";

	@BeforeEach
	void start() throws Exception {
		Files.writeString(workspace.resolve("data.assay"), DATA);
		Files.writeString(workspace.resolve("requirements.assay"), REQUIREMENTS);
		ls = new LanguageServerFixture(workspace);
		server = ls.server;
	}

	@AfterEach
	void stop() throws Exception {
		ls.stop();
	}

	private String uri(String file) {
		return ls.uri(file);
	}

	private TextDocumentIdentifier document(String file) {
		return ls.document(file);
	}

	private void open(String file, String text) {
		ls.open(file, text);
	}

	private List<Diagnostic> awaitDiagnostics(String file, java.util.function.Predicate<List<Diagnostic>> until)
			throws InterruptedException {
		return ls.awaitDiagnostics(file, until);
	}

	private static String code(Diagnostic diagnostic) {
		return LanguageServerFixture.code(diagnostic);
	}

	private static Position position(String text, int offset) {
		return LanguageServerFixture.position(text, offset);
	}

	private List<String> complete(String file, String text, int offset) throws Exception {
		return ls.complete(file, text, offset);
	}

	@Test
	void publishesLocatedDiagnosticsForWorkspaceFilesAndUpdatesThemOnEdit() throws Exception {
		List<Diagnostic> initial = awaitDiagnostics("requirements.assay",
				d -> d.stream().anyMatch(x -> IssueCodes.THRESHOLD_OUT_OF_RANGE.equals(code(x))));
		Diagnostic threshold = initial.stream().filter(x -> IssueCodes.THRESHOLD_OUT_OF_RANGE.equals(code(x))).findFirst().get();
		assertEquals(3, threshold.getRange().getStart().getLine(), "0-based line of 'accept accuracy >= 1.5'");
		assertEquals(DiagnosticSeverity.Error, threshold.getSeverity());

		open("requirements.assay", REQUIREMENTS.replace("1.5", "0.9"));
		awaitDiagnostics("requirements.assay", d -> d.stream().noneMatch(x -> IssueCodes.THRESHOLD_OUT_OF_RANGE.equals(code(x))));
	}

	@Test
	void completionOffersOnlyDataMetricsInAGateAndTheDatasetsFeatures() throws Exception {
		String text = DATA.replace("require completeness >= 0.9", "require ");
		open("data.assay", text);
		List<String> gateMetrics = complete("data.assay", text, text.indexOf("require ") + "require ".length());
		assertTrue(gateMetrics.containsAll(List.of("completeness", "validity", "uniqueness")), gateMetrics::toString);
		assertFalse(gateMetrics.contains("accuracy"), "a model metric is not valid in a data-quality gate");

		String steps = DATA.replace("standardize amount", "standardize ");
		open("data.assay", steps);
		List<String> features = complete("data.assay", steps, steps.indexOf("standardize ") + "standardize ".length());
		assertTrue(features.containsAll(List.of("amount", "country", "fraud")), features::toString);
	}

	@Test
	void completionQuotesCategoriesThatAreNotIdentifiers() throws Exception {
		String text = DATA.replace("category [de, fr]", "category [de, \"New York\", \">50K\"]")
				.replace("split train 80 %, test 20 % seed 1", "split train 80 %, test 20 % seed 1\n\tslice S where country = ");
		open("data.assay", text);
		int offset = text.indexOf("country = ") + "country = ".length();
		List<String> categories = complete("data.assay", text, offset);
		assertTrue(categories.containsAll(List.of("de", "\"New York\"", "\">50K\"")), categories::toString);
		assertFalse(categories.contains("New York"), "a bare 'New York' would not parse: " + categories);
	}

	@Test
	void completionOffersKeywordsAndFairnessMetricsInAFairnessTest() throws Exception {
		String text = REQUIREMENTS + "\n";
		open("requirements.assay", text);
		List<String> keywords = complete("requirements.assay", text, text.length());
		assertTrue(keywords.containsAll(List.of("dataset", "requirement", "suite", "hazard", "monitor")), keywords::toString);

		String fairness = REQUIREMENTS.replace("test T verifies R : threshold accuracy on Orders.test",
				"test T verifies R : fairness ");
		open("requirements.assay", fairness);
		List<String> metrics = complete("requirements.assay", fairness, fairness.indexOf("fairness ") + "fairness ".length());
		assertTrue(metrics.containsAll(List.of("demographic_parity_difference", "equalized_odds_difference",
				"disparate_impact_ratio")), metrics::toString);
		assertFalse(metrics.contains("accuracy") || metrics.contains("completeness"), metrics::toString);
		assertTrue(metrics.stream().noneMatch(m -> m.startsWith("assay.")), () -> "each metric once, by the name the "
				+ "file's import makes visible, not also qualified (#12): " + metrics);
	}

	@Test
	void hoverShowsCatalogueDocumentation() throws Exception {
		awaitDiagnostics("requirements.assay", d -> true);
		int offset = REQUIREMENTS.indexOf("accuracy >=") + 2;
		Hover hover = server.getTextDocumentService().hover(new HoverParams(document("requirements.assay"),
				position(REQUIREMENTS, offset))).get(30, TimeUnit.SECONDS);
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("Accuracy"), text);
		assertTrue(text.contains("range [0, 1]"), text);
		assertTrue(text.contains("higher is better"), text);
	}

	@Test
	void documentSymbolsAndDefinitionIntoTheCatalogue() throws Exception {
		awaitDiagnostics("data.assay", d -> true);
		List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(document("data.assay"))).get(30, TimeUnit.SECONDS);
		String names = symbols.stream().map(s -> s.isLeft() ? s.getLeft().getName() : s.getRight().getName())
				.collect(Collectors.joining(","));
		assertTrue(names.contains("Orders") && names.contains("P"), names);

		int offset = REQUIREMENTS.indexOf("FunctionalCorrectness") + 3;
		var definition = server.getTextDocumentService().definition(new DefinitionParams(document("requirements.assay"),
				position(REQUIREMENTS, offset))).get(30, TimeUnit.SECONDS);
		List<? extends Location> locations = definition.getLeft();
		assertEquals(1, locations.size());
		assertEquals(StandardCatalogue.ISO_25059.uri(), locations.get(0).getUri());
		assertTrue(locations.get(0).getRange().getStart().getLine() > 5);
	}

	@Test
	void quickFixClampsAnOutOfRangeThreshold() throws Exception {
		List<Diagnostic> current = awaitDiagnostics("requirements.assay",
				d -> d.stream().anyMatch(x -> IssueCodes.THRESHOLD_OUT_OF_RANGE.equals(code(x))));
		Diagnostic threshold = current.stream().filter(x -> IssueCodes.THRESHOLD_OUT_OF_RANGE.equals(code(x))).findFirst().get();
		CodeActionParams params = new CodeActionParams(document("requirements.assay"), threshold.getRange(),
				new CodeActionContext(List.of(threshold)));
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS);
		CodeAction clamp = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> a.getTitle().startsWith("Clamp")).findFirst().orElseThrow(() -> new AssertionError(actions));
		List<TextEdit> edits = clamp.getEdit().getChanges().get(uri("requirements.assay"));
		assertEquals(1, edits.size());
		assertEquals("1", edits.get(0).getNewText());
	}

	@Test
	void formattingReturnsEdits() throws Exception {
		String messy = "namespace shop   hazard H \"x\"   severity minor likelihood remote";
		open("messy.assay", messy);
		DocumentFormattingParams params = new DocumentFormattingParams(document("messy.assay"), new FormattingOptions(4, false));
		List<? extends TextEdit> edits = server.getTextDocumentService().formatting(params).get(30, TimeUnit.SECONDS);
		assertFalse(edits.isEmpty());
	}

}
