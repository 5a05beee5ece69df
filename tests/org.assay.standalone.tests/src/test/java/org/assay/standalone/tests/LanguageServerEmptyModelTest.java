package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model with no elements (an empty file, a file of comments) in the language server started as an editor starts
 * it: every request an editor sends on opening and hovering answers normally, no diagnostic and no error is logged.
 */
class LanguageServerEmptyModelTest {

	@TempDir
	Path workspace;

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	private final List<String> logged = new CopyOnWriteArrayList<>();

	private final LanguageClient client = new LanguageClient() {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(params.getUri(), params.getDiagnostics());
		}

		@Override
		public void showMessage(MessageParams message) {
			logged.add(message.getType() + " " + message.getMessage());
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			logged.add(request.getMessage());
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
			if (message.getType() == MessageType.Error) {
				logged.add(message.getMessage());
			}
		}
	};

	@Test
	void emptyAndCommentOnlyFilesAnswerEveryRequest() throws Exception {
		Files.writeString(workspace.resolve("empty.assay"), "");
		Files.writeString(workspace.resolve("notes.assay"), "// requirements will follow\n/* nothing yet */\n");
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				"org.assay.dsl.ide.server.AssayLanguageServer").redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try {
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams params = new InitializeParams();
			params.setRootUri(workspace.toUri().toString());
			params.setCapabilities(new ClientCapabilities());
			server.initialize(params).get(60, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());

			for (String name : List.of("empty.assay", "notes.assay")) {
				String uri = workspace.resolve(name).toUri().toString();
				String text = Files.readString(workspace.resolve(name));
				server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "assay", 1, text)));
				TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
				Position start = new Position(0, 0);
				assertNotNull(server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document))
						.get(30, TimeUnit.SECONDS));
				server.getTextDocumentService().hover(new HoverParams(document, start)).get(30, TimeUnit.SECONDS);
				assertNotNull(server.getTextDocumentService().completion(new CompletionParams(document, start))
						.get(30, TimeUnit.SECONDS));
				assertNotNull(server.getTextDocumentService().formatting(new DocumentFormattingParams(document,
						new FormattingOptions(4, false))).get(30, TimeUnit.SECONDS));
				assertNotNull(server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(document))
						.get(30, TimeUnit.SECONDS));
				assertNotNull(server.getTextDocumentService().references(new ReferenceParams(document, start,
						new ReferenceContext(true))).get(30, TimeUnit.SECONDS));
				// an edit that adds and removes an element, as typing does
				server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
						List.of(new TextDocumentContentChangeEvent("namespace later\n"))));
				server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
						List.of(new TextDocumentContentChangeEvent(text))));
				assertNotNull(server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document))
						.get(30, TimeUnit.SECONDS));
			}
			long deadline = System.currentTimeMillis() + 30_000;
			while (diagnostics.size() < 2 && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertEquals(2, diagnostics.size(), () -> "diagnostics published for both files: " + diagnostics.keySet());
			diagnostics.forEach((uri, published) -> assertEquals(List.of(), published, uri));
			assertEquals(List.of(), logged, "no error shown or logged");

			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
			assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		} finally {
			process.destroyForcibly();
		}
	}
}
