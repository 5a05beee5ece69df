'use strict';
// The Assay extension: starts Assay's language server (java -jar, over stdio) for .assay files and offers the
// command line's validate / run / report on the current file or folder.

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { findJava, JavaNotFoundError } = require('./java');
const { SERVER_JAR, serverCommand } = require('./server');
const commands = require('./commands');

let client;
let output;

async function activate(context) {
	output = vscode.window.createOutputChannel('Assay');
	context.subscriptions.push(output);
	commands.register(context, output);
	context.subscriptions.push(vscode.commands.registerCommand('assay.restartServer', async () => {
		await stopServer();
		await startServer(context);
	}));
	context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
		if (event.affectsConfiguration('assay.java.home') || event.affectsConfiguration('assay.server')) {
			await stopServer();
			await startServer(context);
		}
	}));
	await startServer(context);
}

async function startServer(context) {
	const settings = vscode.workspace.getConfiguration('assay');
	let java;
	try {
		java = findJava({ setting: settings.get('java.home') });
	} catch (error) {
		if (!(error instanceof JavaNotFoundError)) throw error;
		output.appendLine(error.message);
		const choice = await vscode.window.showErrorMessage(error.message, 'Open Settings');
		if (choice === 'Open Settings') {
			await vscode.commands.executeCommand('workbench.action.openSettings', 'assay.java.home');
		}
		return;
	}
	const jar = settings.get('server.jar') || context.asAbsolutePath(SERVER_JAR);
	const { command, args } = serverCommand(java, jar, settings.get('server.vmargs') || []);
	output.appendLine(`Assay language server: Java ${java.version} (${java.source}): ${command} ${args.join(' ')}`);
	client = new LanguageClient('assay', 'Assay Language Server', { command, args }, {
		documentSelector: [{ language: 'assay' }],
		synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.assay') },
		outputChannel: output,
	});
	try {
		await client.start();
	} catch (error) {
		vscode.window.showErrorMessage(`The Assay language server did not start: ${error.message} (see Output → Assay).`);
	}
}

async function stopServer() {
	if (!client) return;
	const stopping = client;
	client = undefined;
	try {
		await stopping.stop();
	} catch (error) {
		output.appendLine(`Stopping the language server: ${error.message}`);
	}
}

function deactivate() {
	return stopServer();
}

module.exports = { activate, deactivate };
