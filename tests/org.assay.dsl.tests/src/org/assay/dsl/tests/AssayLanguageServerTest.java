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

	private LanguageServer server;
	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

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

		Injector assay = new AssayIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("assay", assay.getInstance(IResourceServiceProvider.class));
		Injector injector = Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
		LanguageServerImpl impl = injector.getInstance(LanguageServerImpl.class);

		PipedInputStream serverIn = new PipedInputStream(1 << 20);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 20);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
		impl.connect(serverLauncher.getRemoteProxy());
		serverLauncher.startListening();
		Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
		clientLauncher.startListening();
		server = clientLauncher.getRemoteProxy();

		InitializeParams params = new InitializeParams();
		params.setRootUri(workspace.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
		assertNotNull(result.getCapabilities().getCompletionProvider());
		server.initialized(new InitializedParams());
	}

	@AfterEach
	void stop() throws Exception {
		server.shutdown().get(10, TimeUnit.SECONDS);
	}

	private String uri(String file) {
		return workspace.resolve(file).toUri().toString();
	}

	private TextDocumentIdentifier document(String file) {
		return new TextDocumentIdentifier(uri(file));
	}

	private void open(String file, String text) {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "assay", 1, text)));
	}

	private List<Diagnostic> awaitDiagnostics(String file, java.util.function.Predicate<List<Diagnostic>> until)
			throws InterruptedException {
		String key = uri(file);
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			List<Diagnostic> current = diagnostics.get(key);
			if (current != null && until.test(current)) {
				return current;
			}
			Thread.sleep(50);
		}
		fail("no matching diagnostics for " + file + "; last: " + diagnostics.get(key));
		return null;
	}

	private static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
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

	private List<String> complete(String file, String text, int offset) throws Exception {
		CompletionParams params = new CompletionParams(document(file), position(text, offset));
		Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params)
				.get(30, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	private static Position position(String text, int offset) {
		int line = 0;
		int column = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 0;
			} else {
				column++;
			}
		}
		return new Position(line, column);
	}

	private final class Client implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(params.getUri(), params.getDiagnostics());
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

}
