'use strict';
// Finding Java with the JDKs of this machine: the setting, JAVA_HOME, the PATH, and the messages when none will do.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { findJava, versionOf, MINIMUM_JAVA, JavaNotFoundError } = require('../src/java');

/** The Java homes of this machine with their versions: JAVA_HOME (the build's JDK), /usr/lib/jvm/*, the PATH's java. */
function javaHomes() {
	const homes = new Set();
	if (process.env.JAVA_HOME) homes.add(path.resolve(process.env.JAVA_HOME));
	for (const root of ['/usr/lib/jvm', '/opt/java', '/Library/Java/JavaVirtualMachines']) {
		if (fs.existsSync(root)) for (const name of fs.readdirSync(root)) homes.add(path.join(root, name));
	}
	for (const dir of (process.env.PATH || '').split(path.delimiter)) {
		const java = path.join(dir, 'java');
		if (dir && fs.existsSync(java)) homes.add(path.dirname(path.dirname(fs.realpathSync(java))));
	}
	const found = [];
	for (const home of homes) {
		const java = path.join(home, 'bin', 'java');
		if (!fs.existsSync(java)) continue;
		try {
			found.push({ home, java, version: versionOf(java) });
		} catch {
			// not a runnable Java: not a candidate for these tests
		}
	}
	return found;
}

const homes = javaHomes();
const recent = homes.find((h) => h.version >= MINIMUM_JAVA);
const old = homes.find((h) => h.version < MINIMUM_JAVA);

test('the setting names a recent Java: that one is used', { skip: !recent && `no Java ${MINIMUM_JAVA}+ here` }, () => {
	const found = findJava({ setting: recent.home, env: { PATH: '' } });
	assert.equal(found.java, recent.java);
	assert.equal(found.version, recent.version);
	assert.equal(found.source, 'the setting assay.java.home');
	assert.equal(findJava({ setting: recent.java, env: { PATH: '' } }).java, recent.java, 'bin/java itself is accepted');
});

test('the setting names a folder without Java: it says so, and takes no other Java', () => {
	const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-nojava-'));
	const env = recent ? { JAVA_HOME: recent.home, PATH: path.dirname(recent.java) } : { PATH: '' };
	assert.throws(() => findJava({ setting: empty, env }), (error) => error instanceof JavaNotFoundError
		&& error.message.includes(`assay.java.home is "${empty}"`) && error.message.includes('bin/java'));
});

test('the setting names an old Java: the message names it, its version and the one needed',
	{ skip: !old && `no Java older than ${MINIMUM_JAVA} here` }, () => {
		assert.throws(() => findJava({ setting: old.home, env: { PATH: '' } }), (error) => {
			assert.ok(error instanceof JavaNotFoundError);
			assert.match(error.message, new RegExp(`needs Java ${MINIMUM_JAVA} or newer`));
			assert.ok(error.message.includes(`${old.java} from the setting assay.java.home is Java ${old.version}`),
				error.message);
			return true;
		});
	});

test('without a setting: JAVA_HOME first, then the PATH when JAVA_HOME is too old',
	{ skip: !(recent && old) && 'needs an old and a recent Java' }, () => {
		const fromHome = findJava({ env: { JAVA_HOME: recent.home, PATH: path.dirname(old.java) } });
		assert.deepEqual([fromHome.java, fromHome.source], [recent.java, 'JAVA_HOME']);
		const fromPath = findJava({ env: { JAVA_HOME: old.home, PATH: path.dirname(recent.java) } });
		assert.deepEqual([fromPath.java, fromPath.source], [recent.java, 'the PATH']);
	});

test('no Java anywhere: the message says where it looked and how to fix it', () => {
	assert.throws(() => findJava({ env: { JAVA_HOME: '/nonexistent/jdk', PATH: '' } }), (error) => {
		assert.ok(error instanceof JavaNotFoundError);
		assert.equal(error.message, `Assay's language server needs Java ${MINIMUM_JAVA} or newer; found none `
			+ '(JAVA_HOME (/nonexistent/jdk) holds no bin/java; no java on the PATH). Install a JDK '
			+ `${MINIMUM_JAVA}+ (e.g. Temurin 21 or 25) and set assay.java.home to its folder, or set JAVA_HOME.`);
		return true;
	});
});
