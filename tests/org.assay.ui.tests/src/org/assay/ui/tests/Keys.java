package org.assay.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Real key strokes for workbench tests: events posted to the X server (the X test extension under Xvfb), so they go
 * through the workbench's key bindings exactly as a user's keys do — Ctrl+Space, Ctrl+1, Ctrl+Shift+G, Enter.
 */
final class Keys {

	/** Characters typed with Shift on the US layout of the virtual display. */
	private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

	private Keys() {
	}

	/** Types {@code text} key by key, dispatching events for {@code pauseMs} after each key. */
	static void type(String text, long pauseMs) {
		Display display = Display.getCurrent();
		for (char c : text.toCharArray()) {
			if (c == '\n') {
				key(SWT.CR, '\r');
			} else if (Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0) {
				post(SWT.KeyDown, SWT.SHIFT, (char) 0);
				key(Character.toLowerCase(c), c);
				post(SWT.KeyUp, SWT.SHIFT, (char) 0);
			} else {
				key(c, c);
			}
			dispatch(display, pauseMs);
		}
	}

	/**
	 * Gives {@code control} the keyboard: its window active, the control focused and the pointer over it. Without a
	 * window manager the X server sends keys to the window under the pointer: a popup that opens under it (the
	 * proposals) would otherwise take the next keys.
	 */
	static void focus(Control control) {
		control.getShell().forceActive();
		control.setFocus();
		org.eclipse.swt.graphics.Point at = control.toDisplay(4, 4);
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		control.getDisplay().post(move);
		dispatch(control.getDisplay(), 200);
	}

	/** Presses a key with the given modifiers held (SWT.CTRL, SWT.SHIFT), e.g. {@code chord(' ', SWT.CTRL)}. */
	static void chord(int keyCode, int... modifiers) {
		for (int modifier : modifiers) {
			post(SWT.KeyDown, modifier, (char) 0);
		}
		key(keyCode, keyCode < 0x10000 && keyCode >= ' ' ? (char) keyCode : (char) 0);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(SWT.KeyUp, modifiers[i], (char) 0);
		}
		dispatch(Display.getCurrent(), 100);
	}

	/**
	 * A key for a popup that is open over {@code control} (proposals, quick fixes): without a window manager the X
	 * server gives the keyboard to the popup's override-redirect window, where a window manager leaves it with the
	 * editor; so the key event goes to the editor's widget itself, whose key handling passes it to the popup.
	 */
	static void toPopup(Control control, int keyCode, char character) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			event.character = character;
			event.widget = control;
			control.notifyListeners(type, event);
		}
		dispatch(control.getDisplay(), 200);
	}

	private static void key(int keyCode, char character) {
		post(SWT.KeyDown, keyCode, character);
		post(SWT.KeyUp, keyCode, character);
	}

	private static void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!Display.getCurrent().post(event)) {
			throw new AssertionError("the display refused a key event (no X test extension?)");
		}
	}

	/** Dispatches UI events for {@code ms} milliseconds. */
	static void dispatch(Display display, long ms) {
		long end = System.currentTimeMillis() + ms;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * The rows of the proposal popup (content assist or quick fix) once it lists something other than "computing",
	 * waiting up to {@code timeoutMs}; empty when no popup opened.
	 */
	static List<String> popupRows(long timeoutMs) {
		Display display = Display.getCurrent();
		List<String> rows = new ArrayList<>();
		WorkbenchTestSupport.waitUntil(() -> {
			rows.clear();
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getParent() != null) {
					Table table = table(shell);
					if (table != null) {
						for (TableItem item : table.getItems()) {
							rows.add(item.getText());
						}
					}
				}
			}
			return !rows.isEmpty() && rows.stream().noneMatch(r -> r.toLowerCase(java.util.Locale.ROOT).startsWith("computing"));
		}, timeoutMs);
		return List.copyOf(rows);
	}

	private static Table table(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Table table && !table.isDisposed() && table.isVisible()) {
				return table;
			}
			if (child instanceof Composite inner) {
				Table found = table(inner);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
