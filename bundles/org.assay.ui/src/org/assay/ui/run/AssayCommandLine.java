package org.assay.ui.run;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;

/**
 * Where the workbench finds Assay's command line, which runs the suites (validate, generate, compile, run: the one run
 * pipeline, {@code assay run}) in a child JVM of the workbench's own Java. Generated suites train models with DJL,
 * whose engines need a plain class path (not OSGi); a child JVM also keeps a crashing native engine away from the
 * workbench. The command line's class path is, in this order: the system property {@value #CLASSPATH_PROPERTY} (a
 * path list), the CLI built in an Assay checkout named by {@value #HOME_PROPERTY} (what {@code assay-ide} sets), or
 * the checkout the product was materialized in ({@code releng/org.assay.product/target/products/…}).
 */
public final class AssayCommandLine {

	public static final String CLASSPATH_PROPERTY = "assay.cli.classpath";
	public static final String HOME_PROPERTY = "assay.home";
	static final String MAIN = "org.assay.cli.AssayCli";
	private static final Path MODULE = Paths.get("bundles", "org.assay.cli", "target");

	private AssayCommandLine() {
	}

	/** The command that runs {@code assay ARGUMENTS} with the workbench's Java; a clear message when none is found. */
	public static List<String> command(List<String> arguments) throws IOException {
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
		if (!Files.isExecutable(java)) {
			throw new IOException("Assay cannot run the suites: the workbench's Java (" + java + ") is not executable. "
					+ "Start the Assay IDE with a JDK 21 or later.");
		}
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xss4m", "--enable-native-access=ALL-UNNAMED",
				"-D" + HOME_PROPERTY + "=" + home().map(Path::toString).orElse("."), "-cp", classpath(), MAIN));
		command.addAll(arguments);
		return command;
	}

	/** The command line's class path. */
	static String classpath() throws IOException {
		String property = System.getProperty(CLASSPATH_PROPERTY);
		if (property != null && !property.isBlank()) {
			return property;
		}
		Path home = home().orElseThrow(() -> new IOException("Assay cannot run the suites: its command line is not "
				+ "found. Build it once (./mvnw install -DskipTests in the Assay checkout, or ./assay --help) and start the "
				+ "IDE with -D" + HOME_PROPERTY + "=<the Assay checkout> (releng/org.assay.product/assay-ide does), or name "
				+ "its class path with -D" + CLASSPATH_PROPERTY + "=…"));
		Path module = home.resolve(MODULE);
		String dependencies = Files.readString(module.resolve("classpath.txt"), StandardCharsets.UTF_8).strip();
		return module.resolve("classes") + java.io.File.pathSeparator + dependencies;
	}

	/** The Assay checkout whose command line is built, if one is found. */
	static java.util.Optional<Path> home() {
		List<Path> candidates = new ArrayList<>();
		String property = System.getProperty(HOME_PROPERTY);
		if (property != null && !property.isBlank()) {
			candidates.add(Paths.get(property));
		}
		// a materialized product: <checkout>/releng/org.assay.product/target/products/org.assay.product/linux/gtk/x86_64
		URL install = Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL();
		if (install != null && "file".equals(install.getProtocol())) {
			Path folder = Paths.get(install.getPath());
			for (int up = 0; up < 9 && folder != null; up++, folder = folder.getParent()) {
				candidates.add(folder);
			}
		}
		return candidates.stream().map(p -> p.toAbsolutePath().normalize())
				.filter(p -> Files.isRegularFile(p.resolve(MODULE).resolve("classpath.txt"))).findFirst();
	}
}
