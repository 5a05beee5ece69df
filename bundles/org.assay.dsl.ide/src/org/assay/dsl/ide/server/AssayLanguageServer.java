package org.assay.dsl.ide.server;

import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

/**
 * The Assay language server: speaks the Language Server Protocol over standard input and output. The language is
 * found through {@code META-INF/services/org.eclipse.xtext.ISetup}; standard output carries only protocol messages.
 */
public final class AssayLanguageServer {

	private AssayLanguageServer() {
	}

	public static void main(String[] args) {
		ServerLauncher.launch(AssayLanguageServer.class.getName(), args, new ServerModule());
	}
}
