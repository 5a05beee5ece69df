'use strict';
// The packaged extension (target/assay.vsix, built by 'npm run package'), read as the zip it is.

const fs = require('node:fs');
const path = require('node:path');
const yauzl = require('yauzl');

const ROOT = path.resolve(__dirname, '..');
const REPOSITORY = path.resolve(ROOT, '../..');
const VSIX = path.join(ROOT, 'target', 'assay.vsix');

function open(source) {
	return new Promise((resolve, reject) => {
		const options = { lazyEntries: true };
		const done = (error, zip) => (error ? reject(error) : resolve(zip));
		if (Buffer.isBuffer(source)) yauzl.fromBuffer(source, options, done);
		else yauzl.open(source, options, done);
	});
}

/** The entries of a zip (a file or a Buffer): name -> Buffer for the names `wanted` accepts, else name -> null. */
async function entries(source, wanted = () => false) {
	if (!Buffer.isBuffer(source) && !fs.existsSync(source)) {
		throw new Error(`${source} is missing: build it first (npm run package, or ./mvnw verify)`);
	}
	const zip = await open(source);
	const result = new Map();
	await new Promise((resolve, reject) => {
		zip.on('error', reject);
		zip.on('end', resolve);
		zip.on('entry', (entry) => {
			if (!wanted(entry.fileName)) {
				result.set(entry.fileName, null);
				zip.readEntry();
				return;
			}
			zip.openReadStream(entry, (error, stream) => {
				if (error) return reject(error);
				const chunks = [];
				stream.on('data', (chunk) => chunks.push(chunk));
				stream.on('error', reject);
				stream.on('end', () => {
					result.set(entry.fileName, Buffer.concat(chunks));
					zip.readEntry();
				});
			});
		});
		zip.readEntry();
	});
	return result;
}

/** One entry of a zip as a Buffer; fails with the entries there are when it is missing. */
async function entry(source, name) {
	const all = await entries(source, (n) => n === name);
	if (!all.get(name)) throw new Error(`${name} is not in ${Buffer.isBuffer(source) ? 'the zip' : source}`);
	return all.get(name);
}

module.exports = { ROOT, REPOSITORY, VSIX, entries, entry };
