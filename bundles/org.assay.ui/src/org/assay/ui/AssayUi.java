package org.assay.ui;

import org.assay.dsl.ide.AssayIdeSetup;

import com.google.inject.Injector;

/**
 * The Assay language inside the workbench and the workbench's ids: one injector, the language's runtime plus its
 * IDE-neutral services (content assist), registered with EMF. Models are loaded and linked by the same headless
 * workspace the CLI and the Maven plugin use, so references resolve the same everywhere.
 */
public final class AssayUi {

	public static final String PLUGIN_ID = "org.assay.ui";
	/** Problem markers of .assay files (from the editor while typing and from the builder). */
	public static final String MARKER_TYPE = PLUGIN_ID + ".problem";
	/** Markers of requirements the last results do not show met (from the builder). */
	public static final String EVIDENCE_MARKER_TYPE = PLUGIN_ID + ".evidence";
	/** Marker attribute holding the issue code (quick fixes key on it). */
	public static final String CODE = "code";
	public static final String NATURE_ID = PLUGIN_ID + ".nature";
	public static final String BUILDER_ID = PLUGIN_ID + ".builder";
	public static final String CONTENT_TYPE = PLUGIN_ID + ".assay";

	private static volatile Injector injector;

	private AssayUi() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (AssayUi.class) {
				result = injector;
				if (result == null) {
					result = new AssayIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}
}
