package org.assay.dsl.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.assay.runtime.lineage.Sha256;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Singleton;

/**
 * Locates the data files that datasets name and computes their full-content SHA-256. Paths are relative to the
 * model file's folder or, failing that, to the enclosing project (the nearest folder with a pom.xml, .project or
 * .git). {@link #outsideReason(String)} confines them to the project. Hashes are cached by path, size and modification time, so re-validation does not re-read unchanged data.
 */
@Singleton
public class DataFiles {

	private record Stamp(long size, long modified) {
	}

	private record Hashed(Stamp stamp, String sha256) {
	}

	private final Map<Path, Hashed> hashes = new ConcurrentHashMap<>();

	/** The folder of a resource on the local file system, or null when the resource is not a local file. */
	public Path folderOf(Resource resource) {
		URI uri = resource.getURI();
		if (uri == null) {
			return null;
		}
		URI resolved = uri.isPlatformResource() ? CommonPlugin.resolve(uri) : uri;
		if (resolved == null || !resolved.isFile()) {
			return null;
		}
		Path file = Paths.get(resolved.toFileString()).toAbsolutePath();
		return file.getParent();
	}

	/** Why a declared path cannot name a file at all (empty, a NUL character), or null when it can. */
	public static String invalidReason(String declared) {
		if (declared == null || declared.isBlank()) {
			return "the path is empty";
		}
		try {
			Paths.get(declared);
			return null;
		} catch (InvalidPathException e) {
			return "it is not a valid path (" + e.getReason() + ")";
		}
	}

	/**
	 * Why a valid declared path is not inside the project, judged from its text alone: absolute or escaping with
	 * {@code ..}. Null when it stays inside (or is invalid: see {@link #invalidReason(String)}). The rule is the run's
	 * own ({@code org.assay.runtime.data.ProjectPaths}), so what validates is what runs.
	 */
	public static String outsideReason(String declared) {
		if (invalidReason(declared) != null) {
			return null;
		}
		return org.assay.runtime.data.ProjectPaths.outsideReason(declared);
	}

	/** Whether the path, unless marked external, may be read: valid and inside the project by its text. */
	public static boolean mayRead(String declared, boolean external) {
		return invalidReason(declared) == null && (external || outsideReason(declared) == null);
	}

	/**
	 * The project a model folder belongs to: the nearest folder, from the model's up, holding a pom.xml, .project or
	 * .git; the model's folder when there is none.
	 */
	public Path projectRoot(Path modelFolder) {
		for (Path folder = modelFolder; folder != null; folder = folder.getParent()) {
			if (isProjectRoot(folder)) {
				return folder;
			}
		}
		return modelFolder;
	}

	/** Whether an existing file, followed through links, lies inside the project root. */
	public boolean isInside(Path file, Path projectRoot) {
		try {
			return file.toRealPath().startsWith(projectRoot.toRealPath());
		} catch (IOException | SecurityException e) {
			return true; // nothing can be read through it either; the read reports the problem
		}
	}

	/**
	 * Resolves a data path; returns the candidate in the model's folder if it is found nowhere, and null when the
	 * path is not a valid path on this system.
	 */
	public Path locate(Path modelFolder, String relativePath) {
		try {
			return locateValid(modelFolder, relativePath);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private Path locateValid(Path modelFolder, String relativePath) {
		Path first = modelFolder.resolve(relativePath).normalize();
		if (Files.exists(first)) {
			return first;
		}
		for (Path folder = modelFolder; folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve(relativePath).normalize();
			if (Files.exists(candidate)) {
				return candidate;
			}
			if (isProjectRoot(folder)) {
				break;
			}
		}
		return first;
	}

	private static boolean isProjectRoot(Path folder) {
		return Files.exists(folder.resolve("pom.xml")) || Files.exists(folder.resolve(".project"))
				|| Files.exists(folder.resolve(".git"));
	}

	/** The lower-case hex SHA-256 of the file's whole content. */
	public String sha256(Path file) throws IOException {
		Stamp stamp = new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
		Hashed cached = hashes.get(file);
		if (cached != null && cached.stamp().equals(stamp)) {
			return cached.sha256();
		}
		String hex = Sha256.of(file);
		hashes.put(file, new Hashed(stamp, hex));
		return hex;
	}
}
