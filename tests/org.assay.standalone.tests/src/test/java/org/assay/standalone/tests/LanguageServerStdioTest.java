package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the Assay language server as its own JVM, exactly as an editor would (stdio, plain classpath, language found
 * through ServiceLoader), and talks LSP to it.
 */
class LanguageServerStdioTest {

	@TempDir
	Path workspace;

	@Test
	void serverStartedOverStdioPublishesAssayDiagnostics() throws Exception {
		Files.writeString(workspace.resolve("quality.assay"), """
				namespace shop
				import assay.iso25059.*
				requirement R refines FunctionalCorrectness {
					accept accuracy >= 1.5
				}
				""");
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				"org.assay.dsl.ide.server.AssayLanguageServer").redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try {
			Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
			LanguageClient client = new LanguageClient() {
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
			};
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams params = new InitializeParams();
			params.setRootUri(workspace.toUri().toString());
			params.setCapabilities(new ClientCapabilities());
			InitializeResult result = server.initialize(params).get(60, TimeUnit.SECONDS);
			assertNotNull(result.getCapabilities().getHoverProvider());
			server.initialized(new InitializedParams());

			String uri = workspace.resolve("quality.assay").toUri().toString();
			long deadline = System.currentTimeMillis() + 60_000;
			List<Diagnostic> published = null;
			while (System.currentTimeMillis() < deadline) {
				published = diagnostics.get(uri);
				if (published != null && !published.isEmpty()) {
					break;
				}
				Thread.sleep(100);
			}
			assertNotNull(published, () -> "no diagnostics for " + uri + ", got " + diagnostics.keySet());
			Diagnostic threshold = published.stream()
					.filter(d -> d.getCode() != null && "org.assay.dsl.thresholdOutOfRange".equals(d.getCode().getLeft()))
					.findFirst().orElseThrow(() -> new AssertionError(diagnostics));
			assertEquals(3, threshold.getRange().getStart().getLine());

			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
			assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server exits after 'exit'");
		} finally {
			process.destroyForcibly();
		}
	}
}
