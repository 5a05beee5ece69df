package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.assay.dsl.ide.AssayIdeSetup;
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

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * An Assay language server connected to a test client through LSP4J's JSON-RPC over pipes — the same messages an
 * editor exchanges with the server over stdio.
 */
final class LanguageServerFixture {

	final Path workspace;
	final LanguageServer server;
	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

	LanguageServerFixture(Path workspace) throws Exception {
		this.workspace = workspace;
		Injector assay = new AssayIdeSetup().createInjectorAndDoEMFRegistration();
		// in OSGi the server's ServiceLoader cannot see the language bundle: register the language explicitly
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
		server.initialize(params).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	void stop() throws Exception {
		server.shutdown().get(10, TimeUnit.SECONDS);
	}

	String uri(String file) {
		return workspace.resolve(file).toUri().toString();
	}

	TextDocumentIdentifier document(String file) {
		return new TextDocumentIdentifier(uri(file));
	}

	void open(String file, String text) {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "assay", 1, text)));
	}

	List<Diagnostic> awaitDiagnostics(String file, Predicate<List<Diagnostic>> until) throws InterruptedException {
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

	Diagnostic awaitDiagnostic(String file, String code) throws InterruptedException {
		return awaitDiagnostics(file, d -> d.stream().anyMatch(x -> code.equals(code(x)))).stream()
				.filter(x -> code.equals(code(x))).findFirst().orElseThrow();
	}

	List<CodeAction> codeActions(String file, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(document(file), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		return server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).stream()
				.filter(Either::isRight).map(Either::getRight).toList();
	}

	List<String> complete(String file, String text, int offset) throws Exception {
		CompletionParams params = new CompletionParams(document(file), position(text, offset));
		Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params)
				.get(30, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
	}

	static Position position(String text, int offset) {
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

	/** Applies text edits (LSP ranges) to a text. */
	static String apply(String text, List<TextEdit> edits) {
		org.eclipse.xtext.ide.server.Document document = new org.eclipse.xtext.ide.server.Document(1, text);
		return document.applyChanges(edits).getContents();
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
