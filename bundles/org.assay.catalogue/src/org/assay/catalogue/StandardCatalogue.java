package org.assay.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;

/**
 * The standard catalogues shipped with Assay. Each is an {@code .assay} file inside this bundle (or jar) that every
 * Assay project may import by namespace without copying it, e.g. {@code import assay.iso25059.*}.
 */
public enum StandardCatalogue {

	/** ISO/IEC 25059: the ISO/IEC 25010 product quality model extended for AI systems, with ML metrics. */
	ISO_25059("assay.iso25059", "iso25059.assay", true),

	/** ISO/IEC 25012: the data quality model, with data-quality and drift metrics. */
	ISO_25012("assay.iso25012", "iso25012.assay", true),

	/** The default risk table: the confidence and test patterns a hazard's risk level requires (docs/risk-depth.md). */
	RISK_DEPTH("assay.risk", "risk.assay", false);

	private final String namespace;
	private final String fileName;
	private final boolean qualityModel;

	StandardCatalogue(String namespace, String fileName, boolean qualityModel) {
		this.namespace = namespace;
		this.fileName = fileName;
		this.qualityModel = qualityModel;
	}

	/** Whether the catalogue defines quality characteristics, attributes and metrics (the risk table does not). */
	public boolean qualityModel() {
		return qualityModel;
	}

	/** The namespace the catalogue declares, e.g. {@code assay.iso25059}. */
	public String namespace() {
		return namespace;
	}

	/** The file name inside the bundle's {@code catalogue/} folder. */
	public String fileName() {
		return fileName;
	}

	/**
	 * The URL of the catalogue inside this bundle or jar ({@code jar:}, {@code file:} or, in Eclipse,
	 * {@code bundleresource:}). Any resource set can load it from there, so references into a catalogue (for example
	 * "go to definition") resolve everywhere without copying the file.
	 */
	public String uri() {
		return url().toString();
	}

	/** Opens the catalogue's text (UTF-8). */
	public InputStream open() {
		try {
			return url().openStream();
		} catch (IOException e) {
			throw new UncheckedIOException("standard catalogue " + fileName + " cannot be read", e);
		}
	}

	private URL url() {
		String path = "/catalogue/" + fileName;
		URL url = StandardCatalogue.class.getResource(path);
		if (url == null) {
			throw new UncheckedIOException(new IOException("standard catalogue " + path + " is missing from "
					+ StandardCatalogue.class.getProtectionDomain().getCodeSource() + "; the org.assay.catalogue jar is incomplete"));
		}
		return url;
	}

	/** Finds the catalogue with the given URI, or {@code null}. */
	public static StandardCatalogue forUri(String uri) {
		for (StandardCatalogue catalogue : values()) {
			if (catalogue.uri().equals(uri)) {
				return catalogue;
			}
		}
		return null;
	}

	/** All shipped catalogues. */
	public static List<StandardCatalogue> all() {
		return List.of(values());
	}
}
