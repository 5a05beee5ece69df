'use strict';
// Validate / Run Suites / Write Report: the Assay command line on the current file or folder, its output in the
// 'Assay' output channel, its verdict (exit status) in a message; a written report can be opened from there.

const vscode = require('vscode');
const { spawn } = require('node:child_process');
const path = require('node:path');
const { findCli, argumentsFor, reportOf } = require('./cli');

const running = new Set();

function register(context, output) {
	for (const command of ['validate', 'run', 'report']) {
		context.subscriptions.push(vscode.commands.registerCommand(`assay.${command}`,
			(uri) => runCli(command, uri, output)));
	}
}

/** The file or folder a command acts on: the explorer's selection, else the active .assay editor. */
function targetOf(uri) {
	if (uri instanceof vscode.Uri && uri.scheme === 'file') return uri.fsPath;
	const editor = vscode.window.activeTextEditor;
	if (editor && editor.document.uri.scheme === 'file') return editor.document.uri.fsPath;
	return undefined;
}

async function runCli(command, uri, output) {
	const target = targetOf(uri);
	if (!target) {
		vscode.window.showWarningMessage('Assay: open an .assay file or choose one (or a project folder) in the Explorer.');
		return;
	}
	const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(target));
	const settings = vscode.workspace.getConfiguration('assay');
	const cli = findCli({
		setting: settings.get('cli.path'),
		workspaceFolders: (vscode.workspace.workspaceFolders || []).map((f) => f.uri.fsPath),
	});
	if (!cli) {
		const message = settings.get('cli.path')
			? `Assay: the setting assay.cli.path ("${settings.get('cli.path')}") names no Assay command line.`
			: 'Assay: no command line found. Set assay.cli.path to the "assay" script of an Assay checkout.';
		const choice = await vscode.window.showErrorMessage(message, 'Open Settings');
		if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'assay.cli.path');
		return;
	}
	if (command !== 'validate') await vscode.workspace.saveAll(false);
	const args = argumentsFor(command, target, folder && folder.uri.fsPath);
	const key = `${command} ${args[1]}`;
	if (running.has(key)) {
		vscode.window.showInformationMessage(`Assay: ${key} is still running (see Output → Assay).`);
		return;
	}
	running.add(key);
	output.show(true);
	output.appendLine(`$ ${cli} ${args.join(' ')}`);
	const cwd = folder ? folder.uri.fsPath : path.dirname(target);
	const status = await vscode.window.withProgress({
		location: vscode.ProgressLocation.Notification,
		title: `Assay ${command} ${path.basename(args[1])}`,
		cancellable: true,
	}, (progress, token) => new Promise((resolve) => {
		const child = spawn(cli, args, { cwd });
		token.onCancellationRequested(() => child.kill());
		child.stdout.on('data', (data) => output.append(data.toString()));
		child.stderr.on('data', (data) => output.append(data.toString()));
		child.on('error', (error) => {
			output.appendLine(`Assay: ${cli} did not start: ${error.message}`);
			resolve(-1);
		});
		child.on('close', (code, signal) => resolve(signal ? signal : code));
	}));
	running.delete(key);
	output.appendLine(`[exit ${status}]`);
	await tell(command, status, args[1]);
}

async function tell(command, status, target) {
	const verdict = { 0: 'passed', 1: command === 'validate' ? 'found errors' : 'found failures', 2: 'stopped on errors' };
	const text = `Assay ${command}: ${verdict[status] || `ended with ${status}`} (see Output → Assay).`;
	if (command === 'report' && status === 0) {
		const choice = await vscode.window.showInformationMessage(`Assay: report written to ${reportOf(target)}.`,
			'Open Report');
		if (choice) await vscode.env.openExternal(vscode.Uri.file(reportOf(target)));
	} else if (status === 0) {
		vscode.window.showInformationMessage(text);
	} else {
		vscode.window.showErrorMessage(text);
	}
}

module.exports = { register };
