'use strict';
// What Validate / Run Suites / Write Report hand to the Assay command line, on the repository's own examples.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { findCli, projectOf, argumentsFor, reportOf } = require('../src/cli');
const { REPOSITORY } = require('./vsix');

const EXAMPLE = path.join(REPOSITORY, 'examples', 'breast-cancer');
const MODEL = path.join(EXAMPLE, 'breast-cancer.assay');

test('run and report act on the project of a file: the folder with its pom.xml', () => {
	assert.equal(projectOf(MODEL, REPOSITORY), EXAMPLE);
	assert.deepEqual(argumentsFor('validate', MODEL, REPOSITORY), ['validate', MODEL]);
	assert.deepEqual(argumentsFor('run', MODEL, REPOSITORY), ['run', EXAMPLE]);
	assert.deepEqual(argumentsFor('report', path.join(EXAMPLE, 'data'), REPOSITORY), ['report', EXAMPLE]);
	assert.equal(reportOf(EXAMPLE), path.join(EXAMPLE, 'target', 'assay', 'report.html'));
});

test('a file outside any project: its own folder, never a folder above the workspace', () => {
	const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ws-'));
	fs.mkdirSync(path.join(workspace, 'models'));
	const model = path.join(workspace, 'models', 'quality.assay');
	fs.writeFileSync(model, 'namespace q\n');
	assert.equal(projectOf(model, workspace), path.join(workspace, 'models'));
});

test('the command line: the setting, else the workspace\'s assay script, else the PATH', () => {
	const script = path.join(REPOSITORY, 'assay');
	assert.equal(findCli({ workspaceFolders: [REPOSITORY], env: { PATH: '' } }), script);
	assert.equal(findCli({ setting: REPOSITORY, env: { PATH: '' } }), script, 'a checkout folder names its script');
	assert.equal(findCli({ setting: script, workspaceFolders: [], env: { PATH: '' } }), script);
	assert.equal(findCli({ workspaceFolders: [EXAMPLE], env: { PATH: REPOSITORY } }), script);
	assert.equal(findCli({ setting: path.join(EXAMPLE, 'nothing'), workspaceFolders: [REPOSITORY] }), undefined,
		'a wrong setting is reported, not replaced');
	assert.equal(findCli({ workspaceFolders: [EXAMPLE], env: { PATH: '' } }), undefined);
});
