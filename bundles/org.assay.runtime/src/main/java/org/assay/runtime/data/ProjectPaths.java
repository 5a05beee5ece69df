package org.assay.runtime.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Keeps the files a model names (data, pre-trained models, baselines) inside the project: a path must be relative and
 * must not leave the project folder, neither with {@code ../} nor through a symbolic link, unless the model marks it
 * {@code external}. Nothing outside the project is read (or echoed into results) without that explicit opt-in.
 * The language's validator applies the same rule to report it at the declaration.
 */
public final class ProjectPaths {

	/** A declared path that the run refuses to read. */
	public static final class OutsideProjectException extends Exception {
		private static final long serialVersionUID = 1L;

		OutsideProjectException(String message) {
			super(message);
		}
	}

	private ProjectPaths() {
	}

	/**
	 * Why {@code declared} is not a path inside the project, judged from its text alone: absolute, escaping with
	 * {@code ..}, or not a valid path at all. Null when it stays inside.
	 */
	public static String outsideReason(String declared) {
		if (declared == null || declared.isBlank()) {
			return "the path is empty";
		}
		Path path;
		try {
			path = Paths.get(declared);
		} catch (InvalidPathException e) {
			return "the path is not valid (" + describe(e) + ")";
		}
		if (path.isAbsolute() || declared.startsWith("/") || declared.startsWith("\\")) {
			return "the path is absolute";
		}
		Path normal = path.normalize();
		if (normal.startsWith("..")) {
			return "the path leaves the project with '..'";
		}
		return null;
	}

	/**
	 * The file {@code declared} names, resolved against {@code project}. Unless {@code external}, refuses a path that is
	 * absolute, escapes with {@code ..}, or (existing) resolves through a symbolic link to a file outside the project.
	 *
	 * @param what what the file is, for the message ("data file", "model file", "baseline")
	 */
	public static Path resolve(Path project, String declared, boolean external, String what) throws OutsideProjectException {
		if (external) {
			try {
				return project.resolve(declared);
			} catch (InvalidPathException e) {
				throw new OutsideProjectException(what + " path is not valid (" + describe(e) + ")");
			}
		}
		String reason = outsideReason(declared);
		if (reason != null) {
			throw refusal(what, declared, reason);
		}
		Path file = project.resolve(declared).normalize();
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			try {
				Path real = file.toRealPath();
				Path root = project.toRealPath();
				if (!real.startsWith(root)) {
					throw refusal(what, declared, "it is a link to a file outside the project");
				}
			} catch (IOException e) {
				return file; // a dangling link or an unreadable file: reading it reports the problem, nothing is read outside
			}
		}
		return file;
	}

	private static OutsideProjectException refusal(String what, String declared, String reason) {
		return new OutsideProjectException(what + " '" + printable(declared) + "' is outside the project: " + reason
				+ ". Assay reads only files inside the project; move the file into the project, or mark the path "
				+ "'external' in the model if reading it from outside is intended.");
	}

	private static String describe(InvalidPathException e) {
		return e.getReason();
	}

	/** The path with control characters (a NUL, a line break) shown as escapes, so a message stays on one line. */
	public static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c < ' ' || c == 0x7f) {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
