'use strict';
// The TextMate grammar in the .vsix colours Assay as Xtext lexes it: over every shipped .assay file (examples, test
// models, the ISO catalogues), each keyword occurrence gets a keyword scope and nothing else does. Where the
// keywords are is found by a lexer written here after org.eclipse.xtext.common.Terminals (comments, strings,
// ^escaped names, longest-match keywords), not by the grammar's own regular expressions.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { VSIX, REPOSITORY, entry } = require('./vsix');
const { XTEXT, keywordsOf, scopeOf, WORD } = require('../scripts/generate-grammar');

const KEYWORDS = keywordsOf(fs.readFileSync(XTEXT, 'utf8'));

function assayFiles() {
	const files = [];
	const walk = (dir) => {
		for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, item.name);
			if (item.isDirectory() && item.name !== 'target' && item.name !== 'node_modules') walk(file);
			else if (item.isFile() && item.name.endsWith('.assay')) files.push(file);
		}
	};
	for (const dir of ['examples', 'tests/models', 'bundles/org.assay.catalogue/catalogue']) walk(path.join(REPOSITORY, dir));
	return files.sort();
}

/** The keyword occurrences of a text, as Xtext's lexer finds them: [{ line, start, end, keyword }] (0-based). */
function keywordOccurrences(text) {
	const words = new Set(KEYWORDS.filter((k) => WORD.test(k)));
	const hyphenated = KEYWORDS.filter((k) => WORD.test(k) && k.includes('-')).sort((a, b) => b.length - a.length);
	const symbols = KEYWORDS.filter((k) => !WORD.test(k)).sort((a, b) => b.length - a.length);
	const found = [];
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
	const add = (offset, keyword) => {
		let line = lineStarts.length - 1;
		while (lineStarts[line] > offset) line--;
		found.push({ line, start: offset - lineStarts[line], end: offset - lineStarts[line] + keyword.length, keyword });
	};
	const idChar = (c) => c !== undefined && /[A-Za-z0-9_]/.test(c);
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (text.startsWith('//', i)) {
			while (i < text.length && text[i] !== '\n') i++;
		} else if (text.startsWith('/*', i)) {
			const end = text.indexOf('*/', i + 2);
			i = end < 0 ? text.length : end + 2;
		} else if (c === '"' || c === '\'') {
			i++;
			while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
			i++;
		} else if (c === '^' && /[A-Za-z_]/.test(text[i + 1] || '')) {
			i++;
			while (idChar(text[i])) i++;
		} else if (/[A-Za-z_]/.test(c)) {
			const long = hyphenated.find((k) => text.startsWith(k, i) && !idChar(text[i + k.length]));
			let end = i;
			while (idChar(text[end])) end++;
			const word = text.slice(i, end);
			if (long && long.length > word.length) {
				add(i, long);
				i += long.length;
			} else {
				if (words.has(word)) add(i, word);
				i = end;
			}
		} else if (/[0-9]/.test(c)) {
			// a decimal number (Assay's Number rule) is coloured as one number, its '.' included
			while (/[0-9]/.test(text[i] || '')) i++;
			if (text[i] === '.' && /[0-9]/.test(text[i + 1] || '')) {
				i++;
				while (/[0-9]/.test(text[i] || '')) i++;
			}
		} else {
			const symbol = symbols.find((k) => text.startsWith(k, i));
			if (symbol) {
				add(i, symbol);
				i += symbol.length;
			} else {
				i++;
			}
		}
	}
	return found;
}

async function loadGrammar() {
	const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const grammarText = (await entry(VSIX, 'extension/syntaxes/assay.tmLanguage.json')).toString('utf8');
	const registry = new vsctm.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (s) => new oniguruma.OnigString(s),
		}),
		loadGrammar: async (scope) => (scope === 'source.assay'
			? vsctm.parseRawGrammar(grammarText, 'assay.tmLanguage.json') : null),
	});
	return registry.loadGrammar('source.assay');
}

/** Per line, per character: the scopes the grammar gives it. */
function scopesPerCharacter(grammar, text) {
	let stack = vsctm.INITIAL;
	return text.split('\n').map((line) => {
		const result = grammar.tokenizeLine(line, stack);
		stack = result.ruleStack;
		const scopes = new Array(line.length).fill(null);
		for (const token of result.tokens) {
			for (let c = token.startIndex; c < Math.min(token.endIndex, line.length); c++) scopes[c] = token.scopes;
		}
		return scopes;
	});
}

test('the lexer of this test finds keywords as Xtext does', () => {
	const found = keywordOccurrences([
		'dataset D { // dataset in a comment',
		'\tfeature ^test : category ["test", \'in\'] /* suite',
		'\tsuite */ ai in-use characteristic C',
		'\taccept accuracy >= 0.95 on D.test}',
	].join('\n')).map((k) => `${k.line}:${k.start}:${k.keyword}`);
	assert.deepEqual(found, ['0:0:dataset', '0:10:{', '1:1:feature', '1:15::', '1:17:category', '1:26:[', '1:33:,',
		'1:39:]', '2:10:ai', '2:13:in-use', '2:20:characteristic', '3:1:accept', '3:17:>=', '3:25:on', '3:29:.',
		'3:30:test', '3:34:}']);
});

test('the generator takes keywords from parser and enum rules, never from terminal rules, header or comments', () => {
	const keywords = keywordsOf([
		'grammar org.example.Mini with org.eclipse.xtext.common.Terminals',
		'import "http://www.example.org/mini" as mini',
		'// \'commented\' is no keyword',
		'Model returns mini::Model: \'model\' name=ID (\'in-use\')? \'{\' things+=Thing* \'}\';',
		'Thing: "thing" kind=Kind;',
		'enum Kind: A=\'alpha\' | B="beta";',
		'terminal HEX: \'0x\' (\'0\'..\'9\'|\'a\'..\'f\')+;',
	].join('\n'));
	assert.deepEqual(keywords, ['alpha', 'beta', 'in-use', 'model', 'thing', '{', '}']);
});

test('every keyword of every shipped .assay file gets a keyword scope, and nothing else does', async () => {
	const grammar = await loadGrammar();
	const files = assayFiles();
	assert.ok(files.length >= 7, `expected the examples, test models and catalogues, found ${files}`);
	const problems = [];
	let checked = 0;
	for (const file of files) {
		const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
		const occurrences = keywordOccurrences(text);
		assert.ok(occurrences.length > 0, `${file} holds no keyword`);
		const scopes = scopesPerCharacter(grammar, text);
		const expected = scopes.map((line) => new Array(line.length).fill(null));
		for (const k of occurrences) {
			for (let c = k.start; c < k.end; c++) expected[k.line][c] = k;
		}
		const reported = new Set(); // one problem per keyword occurrence or token, not per character
		const where = (line, c) => `${path.relative(REPOSITORY, file)}:${line + 1}:${c + 1}`;
		scopes.forEach((line, l) => line.forEach((actual, c) => {
			const k = expected[l][c];
			const keywordScope = (actual || []).find((s) => s.startsWith('keyword.') || s.startsWith('punctuation.'));
			if (k && !(actual || []).includes(scopeOf(k.keyword))) {
				if (reported.has(k)) return;
				reported.add(k);
				problems.push(`${where(l, c)}: '${k.keyword}' has scopes ${actual}, expected ${scopeOf(k.keyword)}`);
			} else if (!k && keywordScope && !keywordScope.startsWith('punctuation.definition.')) {
				if (reported.has(actual)) return;
				reported.add(actual);
				problems.push(`${where(l, c)}: '${text.split('\n')[l][c]}' is no keyword but has the scope ${keywordScope}`);
			}
		}));
		checked += occurrences.length;
	}
	assert.deepEqual(problems.slice(0, 20), [], `${problems.length} tokens coloured wrongly`);
	assert.ok(checked > 1000, `only ${checked} keyword occurrences checked`);
});
