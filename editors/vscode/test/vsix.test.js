'use strict';
// The .vsix holds what VS Code needs: the manifest, the server jar (runnable), the generated grammar (up to date with
// the Xtext grammar), the language configuration, the file icon and the language client it loads.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { VSIX, entries, entry } = require('./vsix');
const { render, XTEXT } = require('../scripts/generate-grammar');
const { MINIMUM_JAVA } = require('../src/java');
const { SERVER_JAR } = require('../src/server');

const JAR = `extension/${SERVER_JAR}`;

test('the .vsix holds the manifest, the server jar, the grammar and what the manifest points to', async () => {
	const all = await entries(VSIX, (name) => name === 'extension/package.json');
	const manifest = JSON.parse(all.get('extension/package.json').toString('utf8'));
	assert.equal(manifest.name, 'assay');
	assert.equal(manifest.main, './src/extension.js');
	const referenced = [
		manifest.main,
		...manifest.contributes.grammars.map((g) => g.path),
		...manifest.contributes.languages.flatMap((l) => [l.configuration, l.icon.light, l.icon.dark]),
	].map((file) => `extension/${file.replace(/^\.\//, '')}`);
	for (const name of ['extension.vsixmanifest', JAR, 'extension/syntaxes/assay.tmLanguage.json',
		'extension/node_modules/vscode-languageclient/package.json', ...referenced]) {
		assert.ok(all.has(name), `${name} is missing from ${VSIX}`);
	}
	assert.deepEqual(manifest.contributes.languages[0].extensions, ['.assay']);
	assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(),
		['assay.report', 'assay.restartServer', 'assay.run', 'assay.validate']);
	for (const name of [...all.keys()]) {
		assert.ok(!/^extension\/((test|scripts|target)\/|pom\.xml$|build\.sh$|\.npmrc$)/.test(name), `${name} should not be packaged`);
	}
});

test('the packaged grammar is the one generated from the current Xtext grammar', async () => {
	const packaged = (await entry(VSIX, 'extension/syntaxes/assay.tmLanguage.json')).toString('utf8');
	assert.ok(packaged === render(fs.readFileSync(XTEXT, 'utf8')),
		`the grammar in ${VSIX} is stale against ${XTEXT}: rebuild the extension (npm run package)`);
});

test('the packaged server jar is runnable and needs the Java the extension asks for', async () => {
	const jar = await entry(VSIX, JAR);
	const manifest = (await entry(jar, 'META-INF/MANIFEST.MF')).toString('utf8');
	assert.match(manifest, /^Main-Class: org\.assay\.dsl\.ide\.server\.AssayLanguageServer\r?$/m);
	const service = (await entry(jar, 'META-INF/services/org.eclipse.xtext.ISetup')).toString('utf8');
	assert.match(service, /org\.assay\.dsl\.ide\.AssayIdeSetup/);
	const main = await entry(jar, 'org/assay/dsl/ide/server/AssayLanguageServer.class');
	assert.equal(main.readUInt32BE(0), 0xcafebabe);
	const feature = main.readUInt16BE(6) - 44; // class file major version 65 = Java 21
	assert.equal(MINIMUM_JAVA, feature,
		`src/java.js asks for Java ${MINIMUM_JAVA} but the server is compiled for Java ${feature}`);
});

test('every module the extension requires is in the .vsix (it is never loaded outside VS Code here)', async () => {
	const all = await entries(VSIX, (name) => /^extension\/src\/[^/]+\.js$/.test(name));
	const sources = [...all.entries()].filter(([, content]) => content);
	assert.ok(sources.length >= 5, `sources packaged: ${sources.map(([name]) => name)}`);
	for (const [name, content] of sources) {
		const text = content.toString('utf8');
		assert.doesNotThrow(() => new Function('require', 'module', 'exports', '__dirname', '__filename', text),
			`${name} does not parse`);
		for (const [, request] of text.matchAll(/require\('([^']+)'\)/g)) {
			if (request === 'vscode' || request.startsWith('node:')) continue; // given by VS Code and Node
			const packaged = request.startsWith('.')
				? `extension/src/${request.replace(/^\.\//, '')}.js`
				: `extension/node_modules/${request.split('/')[0]}/package.json`;
			assert.ok(all.has(packaged), `${name} requires '${request}', but ${packaged} is not in the .vsix`);
		}
	}
});
