'use strict';
// How the language server is started: one place for the extension and for the tests that start the packaged jar.

const path = require('node:path');

/** The server jar inside the extension (put there by the build from releng/org.assay.languageserver). */
const SERVER_JAR = path.join('server', 'assay-language-server.jar');

/**
 * The command line of the server for a Java found by findJava: the JVM options of ./assay (deep grammars need a
 * larger stack; Java 24+ would warn on Guice's sun.misc.Unsafe use), the user's extra options, then the jar.
 */
function serverCommand({ java, version }, jar, vmargs = []) {
	const args = ['-Xss4m', ...vmargs];
	if (version >= 24) args.push('--sun-misc-unsafe-memory-access=allow');
	args.push('-jar', jar);
	return { command: java, args };
}

module.exports = { SERVER_JAR, serverCommand };
