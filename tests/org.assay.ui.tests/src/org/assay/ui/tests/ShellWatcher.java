package org.assay.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Watches for dialogs while a test runs: every shell other than a workbench window is read (its title and labels) and
 * closed, as a user would read and dismiss it, so that a modal dialog cannot block the test, and the test can assert
 * what was said.
 */
final class ShellWatcher implements AutoCloseable {

	private final Display display;
	private final List<String> seen = new ArrayList<>();
	private boolean running = true;

	private ShellWatcher(Display display) {
		this.display = display;
	}

	static ShellWatcher start() {
		ShellWatcher watcher = new ShellWatcher(Display.getCurrent());
		watcher.tick();
		return watcher;
	}

	/** What the dialogs seen so far said, one string per dialog. */
	synchronized List<String> seen() {
		return List.copyOf(seen);
	}

	boolean saw(String text) {
		return seen().stream().anyMatch(s -> s.contains(text));
	}

	private void tick() {
		if (!running || display.isDisposed()) {
			return;
		}
		List<Shell> windows = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		for (Shell shell : display.getShells()) {
			if (!windows.contains(shell) && shell.isVisible()) {
				StringBuilder text = new StringBuilder(shell.getText());
				collect(shell, text);
				synchronized (this) {
					seen.add(text.toString());
				}
				shell.close();
			}
		}
		display.timerExec(100, this::tick);
	}

	private static void collect(Composite parent, StringBuilder text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				text.append('\n').append(label.getText());
			} else if (child instanceof Text field) {
				text.append('\n').append(field.getText());
			}
			if (child instanceof Composite composite) {
				collect(composite, text);
			}
		}
	}

	@Override
	public void close() {
		running = false;
	}
}
