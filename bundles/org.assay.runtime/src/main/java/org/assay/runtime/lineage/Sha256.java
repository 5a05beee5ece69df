package org.assay.runtime.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Full-content SHA-256 of files and folders (lower-case hex). */
public final class Sha256 {

	private Sha256() {
	}

	public static String of(byte[] content) {
		return HexFormat.of().formatHex(digest().digest(content));
	}

	/** The hash of a file's bytes, or of a folder: the hash of its files' relative paths and hashes, in order. */
	public static String of(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			MessageDigest digest = digest();
			List<Path> files;
			try (Stream<Path> walk = Files.walk(path)) {
				files = walk.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path file : files) {
				digest.update((path.relativize(file).toString().replace('\\', '/') + "\0" + of(file) + "\n").getBytes());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		MessageDigest digest = digest();
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(path)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", e);
		}
	}
}
