'use strict';
// The Assay command line behind the Validate / Run Suites / Write Report commands: where it is and what it is given.
// Plain Node (no 'vscode' import), tested in test/cli.test.js.

const fs = require('node:fs');
const path = require('node:path');

const SCRIPT = process.platform === 'win32' ? 'assay.cmd' : 'assay';

function isFile(file) {
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}

/**
 * The CLI to call: the 'assay.cli.path' setting (a file, or a folder holding the 'assay' script), else an 'assay'
 * script at the root of a workspace folder (an Assay checkout), else 'assay' on the PATH. Returns undefined with
 * nothing found; the caller says how to fix it.
 */
function findCli({ setting, workspaceFolders = [], env = process.env } = {}) {
	if (setting && setting.trim()) {
		const value = setting.trim();
		if (isFile(value)) return value;
		if (isFile(path.join(value, SCRIPT))) return path.join(value, SCRIPT);
		return undefined;
	}
	for (const folder of workspaceFolders) {
		if (isFile(path.join(folder, SCRIPT))) return path.join(folder, SCRIPT);
	}
	for (const dir of (env.PATH || '').split(path.delimiter)) {
		if (dir && isFile(path.join(dir, SCRIPT))) return path.join(dir, SCRIPT);
	}
	return undefined;
}

/**
 * The project folder of a file or folder: the nearest folder upwards that holds a pom.xml (an Assay project), not
 * above the workspace folder; else the file's own folder.
 */
function projectOf(target, workspaceFolder) {
	let dir = isFile(target) ? path.dirname(target) : target;
	const stop = workspaceFolder ? path.resolve(workspaceFolder) : path.parse(dir).root;
	for (let at = path.resolve(dir); ; at = path.dirname(at)) {
		if (isFile(path.join(at, 'pom.xml'))) return at;
		if (at === stop || path.dirname(at) === at) break;
	}
	return dir;
}

/** The CLI arguments of a command on a file or folder: validate takes it as is, run and report its project. */
function argumentsFor(command, target, workspaceFolder) {
	switch (command) {
		case 'validate':
			return ['validate', target];
		case 'run':
			return ['run', projectOf(target, workspaceFolder)];
		case 'report':
			return ['report', projectOf(target, workspaceFolder)];
		default:
			throw new Error(`unknown Assay command ${command}`);
	}
}

/** Where 'assay report PROJECT' writes the report when no -o is given (README, ReportCommand). */
function reportOf(project) {
	return path.join(project, 'target', 'assay', 'report.html');
}

module.exports = { findCli, projectOf, argumentsFor, reportOf };
