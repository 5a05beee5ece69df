package org.assay.ui;

import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * Opens a written report: in the workbench's internal browser (an editor, org.eclipse.ui.browser) where the platform
 * has one (it needs WebKitGTK on Linux) and the preferences choose it (the product's default), else in the system's
 * browser, else a message that says where the file is, with "Copy Path" and "Show in Project Explorer". Never the platform's bare "Unable to open web browser on {0}",
 * which is what the workbench's own fallback showed when it found none of the browsers it knows by name.
 * <p>
 * {@code -Dassay.report.internalBrowser=false} skips the internal browser (the system's browser, else the message):
 * for a user who prefers the system's browser, and for the test of that path on a machine that has WebKitGTK.
 */
public final class ReportOpener {

	/** How the last report was shown (tests and the log read it). */
	public enum Outcome {
		INTERNAL_BROWSER, SYSTEM_BROWSER, MESSAGE
	}

	static final String BROWSER_ID = "org.assay.ui.report";
	/** System property: "false" skips the internal browser. */
	public static final String INTERNAL_BROWSER_PROPERTY = "assay.report.internalBrowser";
	private static volatile Outcome last;
	private static volatile IFile lastReport;

	private ReportOpener() {
	}

	/** How the last report was shown, or null before the first. */
	public static Outcome lastOutcome() {
		return last;
	}

	/** The report shown last, or null before the first. */
	public static IFile lastReport() {
		return lastReport;
	}

	/** Shows {@code report} (UI thread). */
	public static Outcome open(IFile report) {
		Outcome outcome = show(report);
		last = outcome;
		lastReport = report;
		return outcome;
	}

	private static Outcome show(IFile report) {
		String path = report.getLocation().toOSString();
		IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
		if (internalWanted() && support.isInternalWebBrowserAvailable()) {
			try {
				URL url = report.getLocationURI().toURL();
				support.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.LOCATION_BAR
						| IWorkbenchBrowserSupport.NAVIGATION_BAR, BROWSER_ID, "Assay Report: " + report.getProject().getName(),
						path).openURL(url);
				return Outcome.INTERNAL_BROWSER;
			} catch (PartInitException | SWTError | java.net.MalformedURLException e) {
				org.eclipse.core.runtime.ILog.of(ReportOpener.class).info("Assay: the internal browser cannot show " + path
						+ " (" + e.getMessage() + "); trying the system browser");
			}
		}
		if (Program.launch(path)) {
			return Outcome.SYSTEM_BROWSER;
		}
		tell(report, path);
		return Outcome.MESSAGE;
	}

	/**
	 * Whether the internal browser is to be used: not switched off by the system property, and chosen in Preferences >
	 * General > Web Browser (the Assay product makes it the default; Eclipse's own default, the external browser, would
	 * make the browser support look for a configured external browser instead, and fail where there is none).
	 */
	private static boolean internalWanted() {
		return !"false".equalsIgnoreCase(System.getProperty(INTERNAL_BROWSER_PROPERTY)) && org.eclipse.core.runtime.Platform
				.getPreferencesService().getInt("org.eclipse.ui.browser", "browser-choice", 1, null) == 0;
	}

	private static void tell(IFile report, String path) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window == null ? null : window.getShell();
		MessageDialog dialog = new MessageDialog(shell, "Assay Report", null, "The report of " + report.getProject().getName()
				+ " is written to\n\n" + path + "\n\nbut no browser can show it here: the internal browser needs WebKitGTK, "
				+ "and the system has no program registered for web pages. Open the file in a browser yourself (copy its "
				+ "path), or find it in the Project Explorer under target/assay.", MessageDialog.INFORMATION, 0, "Close",
				"Copy Path", "Show in Project Explorer");
		int choice = dialog.open();
		if (choice == 1) {
			Clipboard clipboard = new Clipboard(PlatformUI.getWorkbench().getDisplay());
			try {
				clipboard.setContents(new Object[] { path }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		} else if (choice == 2 && window != null) {
			try {
				if (window.getActivePage().showView("org.eclipse.ui.navigator.ProjectExplorer") instanceof ISetSelectionTarget target) {
					target.selectReveal(new org.eclipse.jface.viewers.StructuredSelection(report));
				}
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(ReportOpener.class).warn("Assay: cannot show the Project Explorer", e);
			}
		}
	}
}
