package org.assay.cli;

import org.assay.dsl.ide.server.AssayLanguageServer;

import picocli.CommandLine.Command;

/** {@code assay lsp}: the language server over standard input and output, for any LSP client. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = "Run the Assay language server over standard input/output (for editors with LSP support).")
final class LspCommand implements Runnable {

	@Override
	public void run() {
		AssayLanguageServer.main(new String[0]);
	}
}
