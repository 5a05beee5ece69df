'use strict';
// The server jar taken out of the .vsix, started as the extension starts it (src/java.js finds Java, src/server.js
// builds the command line) and spoken to over stdio with vscode-jsonrpc: diagnostics, completion and hover on a copy
// of examples/breast-cancer.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');
const { VSIX, REPOSITORY, entry } = require('./vsix');
const { findJava } = require('../src/java');
const { SERVER_JAR, serverCommand } = require('../src/server');

const EXAMPLE = path.join(REPOSITORY, 'examples', 'breast-cancer');
const TIMEOUT = 120000;

/** A copy of the example (model, data, model file) in a fresh folder: the workspace the server opens. */
function workspace() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-lsp-'));
	for (const item of ['breast-cancer.assay', 'data', 'models', 'pom.xml']) {
		fs.cpSync(path.join(EXAMPLE, item), path.join(dir, item), { recursive: true });
	}
	return dir;
}

/** Resolves with the first diagnostics published for `uri` that `accept` takes. */
function diagnosticsFor(connection, published, uri, accept) {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no fitting diagnostics for ${uri} within ${TIMEOUT} ms; `
			+ `published: ${JSON.stringify(published)}`)), TIMEOUT);
		const check = () => {
			const diagnostics = published.get(uri);
			if (diagnostics && accept(diagnostics)) {
				clearTimeout(timer);
				resolve(diagnostics);
				return true;
			}
			return false;
		};
		if (!check()) {
			const listener = setInterval(() => check() && clearInterval(listener), 50);
		}
	});
}

function positionOf(text, needle, offsetInNeedle = 0) {
	const at = text.indexOf(needle);
	assert.ok(at >= 0, `'${needle}' is not in the example`);
	const before = text.slice(0, at + offsetInNeedle).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}

test('the packaged server reports located diagnostics, completes and hovers on the breast-cancer example',
	{ timeout: 4 * TIMEOUT }, async () => {
		const dir = workspace();
		const jar = path.join(dir, 'assay-language-server.jar');
		fs.writeFileSync(jar, await entry(VSIX, `extension/${SERVER_JAR}`));
		const java = findJava({ setting: process.env.ASSAY_JAVA_HOME });
		const { command, args } = serverCommand(java, jar);
		const server = spawn(command, args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
		let stderr = '';
		server.stderr.on('data', (data) => { stderr += data; });
		const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout),
			new rpc.StreamMessageWriter(server.stdin));
		const published = new Map();
		connection.onNotification('textDocument/publishDiagnostics', (params) => published.set(params.uri, params.diagnostics));
		connection.onRequest(() => null); // workspace/configuration, client/registerCapability …
		connection.onNotification(() => {});
		connection.listen();
		try {
			const init = await connection.sendRequest('initialize', {
				processId: process.pid,
				rootUri: pathToFileURL(dir).href,
				workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'breast-cancer' }],
				capabilities: {
					textDocument: {
						hover: { contentFormat: ['markdown', 'plaintext'] },
						completion: { completionItem: { snippetSupport: true } },
						publishDiagnostics: {},
					},
				},
			});
			assert.ok(init.capabilities.hoverProvider, 'hover offered');
			assert.ok(init.capabilities.completionProvider, 'completion offered');
			connection.sendNotification('initialized', {});

			const file = path.join(dir, 'breast-cancer.assay');
			const uri = pathToFileURL(file).href;
			const text = fs.readFileSync(file, 'utf8');
			connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'assay', version: 1, text } });
			// the example as shipped: no error
			const clean = await diagnosticsFor(connection, published, uri, () => true);
			assert.deepEqual(clean.filter((d) => d.severity === 1), [], 'the shipped example has no error');

			// a misspelt metric: an error on exactly that word, in Assay's words
			const broken = text.replace('accept recall >= 0.9 on Cells.test', 'accept recal >= 0.9 on Cells.test');
			published.delete(uri);
			connection.sendNotification('textDocument/didChange', {
				textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }],
			});
			const errors = (await diagnosticsFor(connection, published, uri, (d) => d.some((x) => x.severity === 1)))
				.filter((d) => d.severity === 1);
			const start = positionOf(broken, 'recal >= 0.9');
			assert.equal(errors.length, 1, JSON.stringify(errors));
			assert.deepEqual(errors[0].range, { start, end: { line: start.line, character: start.character + 'recal'.length } });
			assert.match(errors[0].message, /^Unknown metric 'recal' \(did you mean 'recall'\?\)/);
			assert.doesNotMatch(errors[0].message, /Couldn't resolve reference|EObject|Xtext/);

			// back to the example: completion of a metric after 'threshold', hover on a metric
			connection.sendNotification('textDocument/didChange', {
				textDocument: { uri, version: 3 }, contentChanges: [{ text }],
			});
			const completionAt = positionOf(text, 'test Recall verifies R2 : threshold recall', 'test Recall verifies R2 : threshold '.length);
			const completion = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: completionAt });
			const labels = (Array.isArray(completion) ? completion : completion.items).map((item) => item.label);
			for (const metric of ['accuracy', 'recall', 'precision']) {
				assert.ok(labels.includes(metric), `completion offers ${metric}: ${labels.slice(0, 40)}`);
			}
			const hoverAt = positionOf(text, 'accept accuracy >= 0.93', 'accept a'.length);
			const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
			assert.ok(hover && hover.contents, `a hover on 'accuracy' at ${JSON.stringify(hoverAt)}`);
			const hoverText = typeof hover.contents === 'string' ? hover.contents
				: hover.contents.value || JSON.stringify(hover.contents);
			assert.match(hoverText, /^\*\*Accuracy\*\* — performance metric, range \[0, 1\]/);
			assert.match(hoverText, /Definition: /);
			assert.deepEqual(hover.range && hover.range.start, { line: hoverAt.line, character: hoverAt.character - 1 });

			await connection.sendRequest('shutdown');
			connection.sendNotification('exit');
			const code = await new Promise((resolve) => server.on('exit', resolve));
			assert.equal(code, 0, `the server exits cleanly after 'exit'; standard error: ${stderr}`);
		} finally {
			connection.dispose();
			server.kill();
		}
	});
