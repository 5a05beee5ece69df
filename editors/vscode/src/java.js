'use strict';
// Finds the Java that runs the language server: the 'assay.java.home' setting, else JAVA_HOME, else 'java' on the PATH.
// Plain Node (no 'vscode' import), so that the tests run it as the extension does.

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** The oldest Java that runs the server: its classes are compiled for Java 21 (class file 65; test/java.test.js). */
const MINIMUM_JAVA = 21;

class JavaNotFoundError extends Error {}

const EXECUTABLE = process.platform === 'win32' ? 'java.exe' : 'java';

/** The java executable of a setting or JAVA_HOME: a Java home, its bin folder, or the executable itself. */
function executableOf(location) {
	const candidates = [path.join(location, 'bin', EXECUTABLE), path.join(location, EXECUTABLE), location];
	return candidates.find((file) => isFile(file));
}

function isFile(file) {
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}

/** The first 'java' on a PATH, or undefined. */
function onPath(pathValue) {
	for (const dir of (pathValue || '').split(path.delimiter)) {
		if (dir && isFile(path.join(dir, EXECUTABLE))) return path.join(dir, EXECUTABLE);
	}
	return undefined;
}

/** The feature version (17, 21, 25 …) of a java executable, read from its 'java.specification.version'. */
function versionOf(java) {
	// java prints its settings on standard error
	const run = spawnSync(java, ['-XshowSettings:properties', '-version'], { encoding: 'utf8', timeout: 30000 });
	if (run.error) throw new JavaNotFoundError(`${java} does not run (${run.error.code || run.error.message}).`);
	const output = `${run.stdout}${run.stderr}`;
	const match = /java\.specification\.version = (\d+)(?:\.(\d+))?/.exec(output);
	if (!match) throw new JavaNotFoundError(`${java} did not report its version.`);
	return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/**
 * The Java to run the server with, as { java, version, source }: the setting when given (and only it: a wrong setting
 * is an error, not a reason to take another Java), else JAVA_HOME, else the PATH. Throws JavaNotFoundError with a
 * message that says what was tried and how to fix it.
 */
function findJava({ setting, env = process.env } = {}) {
	const tried = [];
	const candidates = [];
	if (setting && setting.trim()) {
		const java = executableOf(setting.trim());
		if (!java) {
			throw new JavaNotFoundError(`The setting assay.java.home is "${setting}", which holds no ${EXECUTABLE} `
				+ `(looked for bin/${EXECUTABLE}). Set it to a Java ${MINIMUM_JAVA} (or newer) installation folder.`);
		}
		candidates.push({ java, source: 'the setting assay.java.home' });
	} else {
		if (env.JAVA_HOME) {
			const java = executableOf(env.JAVA_HOME);
			if (java) candidates.push({ java, source: 'JAVA_HOME' });
			else tried.push(`JAVA_HOME (${env.JAVA_HOME}) holds no bin/${EXECUTABLE}`);
		}
		const java = onPath(env.PATH);
		if (java) candidates.push({ java, source: 'the PATH' });
		else tried.push(`no ${EXECUTABLE} on the PATH`);
	}
	for (const candidate of candidates) {
		let version;
		try {
			version = versionOf(candidate.java);
		} catch (error) {
			tried.push(`${candidate.java} from ${candidate.source}: ${error.message}`);
			continue;
		}
		if (version >= MINIMUM_JAVA) return { ...candidate, version };
		tried.push(`${candidate.java} from ${candidate.source} is Java ${version}`);
	}
	throw new JavaNotFoundError(`Assay's language server needs Java ${MINIMUM_JAVA} or newer; found none (${tried.join('; ')}). `
		+ `Install a JDK ${MINIMUM_JAVA}+ (e.g. Temurin 21 or 25) and set assay.java.home to its folder, or set JAVA_HOME.`);
}

module.exports = { MINIMUM_JAVA, JavaNotFoundError, findJava, versionOf };
