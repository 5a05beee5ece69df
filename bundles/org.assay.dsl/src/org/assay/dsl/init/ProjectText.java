package org.assay.dsl.init;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assay.runtime.lineage.Sha256;
import org.assay.runtime.profile.DataProfile;
import org.assay.runtime.scan.SourceFormat;

/**
 * The texts of a project made from a data file, the one implementation behind {@code assay init} and the New Assay
 * Project wizard's "from a data file" (docs/init.md): the file profiled in one pass, the plan, the .assay model and the
 * pom.xml. Nothing is written here; the caller writes the texts (files or workspace resources) and validates.
 *
 * @param plan what the model declares (for a summary)
 * @param model the .assay text
 * @param pom the pom.xml text
 * @param stem the data file's name without its extension (the model is named {@code stem + ".assay"})
 * @param seconds how long profiling took
 */
public record ProjectText(Plan plan, String model, String pom, String stem, double seconds) {

	/** The project template and the Assay version its pom depends on (null: the template's own). */
	public record PomTemplate(String text, String version) {
	}

	/**
	 * @param data the data file
	 * @param folder the folder the model will be written to (the data file's path in the model is relative to it)
	 * @param label the column to predict, or null
	 * @param names the language's value converters, from the caller's injector
	 */
	public static ProjectText of(Path data, Path folder, String label, Set<String> protectedColumns, Names names,
			PomTemplate template) throws DataFile.Unusable, Plan.OptionError, IOException {
		Path file = data.toAbsolutePath().normalize();
		Path relative = folder.toAbsolutePath().normalize().relativize(file);
		boolean external = relative.startsWith("..");
		String path = relative.toString().replace(java.io.File.separatorChar, '/');
		long start = System.nanoTime();
		SourceFormat format = DataFile.format(file);
		List<String> header = DataFile.header(file, format);
		// read from its own folder: the model's folder may not exist yet, and the file may lie outside it
		DataProfile profile = DataFile.profile(file.getParent(), file.getFileName().toString(), format, header);
		double seconds = (System.nanoTime() - start) / 1e9;
		String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		Plan plan = Plan.of(profile, path, external, format, Sha256.of(file), label, protectedColumns, stem, names);
		String model = ModelText.write(plan, names);
		String pom = PomText.write(template.text(), template.version(), artifactId(stem), "Assay project: " + file.getFileName(),
				format);
		return new ProjectText(plan, model, pom, stem, seconds);
	}

	/** {@code German Credit 2024 → german-credit-2024}. */
	static String artifactId(String stem) {
		String id = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return id.isEmpty() ? "assay-project" : id;
	}
}
