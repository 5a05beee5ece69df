package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * The {@code typing} benchmark (run by {@code tests/benchmarks/run typing}, not by the default build): in a 5,000-line
 * model open in the editor, 200 characters are typed as real key events (X test extension under Xvfb), and every
 * dispatch of the UI thread is timed while typing and until highlighting, validation and markers have settled. The
 * longest one is the longest time the editor could not react to the user. Prints
 * {@code typing: chars=N max_block_ms=N}.
 */
public class TypingBenchmark {

	@Test
	public void typeIntoALargeModel() throws Exception {
		IProject project = assayProject("typing");
		write(project, "data.assay", AssayEditorTest.DATA);
		StringBuilder model = new StringBuilder("namespace shop.large\nimport shop.*\nimport assay.iso25059.*\n");
		int requirements = 1250;
		for (int r = 0; r < requirements; r++) {
			model.append("requirement R").append(r).append(" \"Requirement number ").append(r)
					.append("\" refines FunctionalCorrectness mitigates Loss {\n\taccept accuracy >= 0.9 on Orders.test\n}\n");
		}
		model.append("suite S tests P {\n");
		for (int r = 0; r < requirements; r++) {
			model.append("\ttest T").append(r).append(" verifies R").append(r).append(" : threshold accuracy on Orders.test\n");
		}
		model.append("}\n");
		String text = model.toString();
		long lines = text.lines().count();
		IFile file = write(project, "large.assay", text);
		build(project);
		assertTrue(markers(file).isEmpty(), "a valid model: " + describe(file));

		IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		StyledText styled = (StyledText) editor.getAdapter(Control.class);
		Display display = styled.getDisplay();
		int offset = text.indexOf("\"Requirement number 600\"") + "\"Requirement number 600".length();
		styled.setFocus();
		styled.setCaretOffset(offset);
		settle(display, 3000);

		String typed = " typed by the benchmark ".repeat(10).substring(0, 200);
		long longest = 0;
		java.util.List<String> blocks = new java.util.ArrayList<>();
		int index = 0;
		for (char c : typed.toCharArray()) {
			post(display, c);
			long block = dispatchFor(display, 40);
			blocks.add(block + "@" + index++);
			longest = Math.max(longest, block);
		}
		blocks.sort(java.util.Comparator.comparingLong((String b) -> Long.parseLong(b.substring(0, b.indexOf('@')))).reversed());
		System.out.println("longest blocks (ms@key): " + blocks.subList(0, 8));
		longest = Math.max(longest, dispatchFor(display, 4000)); // validation, markers, repaint after the last key
		assertTrue(styled.getText().contains("Requirement number 600" + typed), "the keys reached the editor");
		System.out.printf("file: %d lines; typed %d characters at line %d%n", lines, typed.length(),
				styled.getLineAtOffset(offset) + 1);
		SAMPLES.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
				.forEach(e -> System.out.println("UI thread during dispatches over 30 ms (" + e.getValue() + " samples): "
						+ e.getKey()));
		System.out.printf("typing: chars=%d max_block_ms=%d%n", typed.length(), longest);
	}

	private static void post(Display display, char c) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.character = c;
			event.keyCode = c;
			display.post(event);
		}
	}

	/** Samples the UI thread's stack while a dispatch lasts over 30 ms, to say what the longest blocks were. */
	static volatile long dispatchStart;
	static final java.util.Map<String, Integer> SAMPLES = new java.util.concurrent.ConcurrentHashMap<>();
	static {
		Thread ui = Display.getDefault().getThread();
		Thread sampler = new Thread(() -> {
			while (true) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
				long started = dispatchStart;
				if (started != 0 && System.nanoTime() - started > 30_000_000) {
					StackTraceElement[] stack = ui.getStackTrace();
					StringBuilder key = new StringBuilder();
					for (int i = 0; i < Math.min(12, stack.length); i++) {
						key.append(stack[i].getClassName().replaceAll(".*\\.", "")).append('.').append(stack[i].getMethodName()).append(" < ");
					}
					SAMPLES.merge(key.toString(), 1, Integer::sum);
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
	}

	/** Dispatches UI events for {@code millis}; returns the longest single dispatch (ms). */
	private static long dispatchFor(Display display, long millis) {
		long longest = 0;
		long end = System.nanoTime() + millis * 1_000_000;
		while (System.nanoTime() < end) {
			long start = System.nanoTime();
			dispatchStart = start;
			boolean worked = display.readAndDispatch();
			dispatchStart = 0;
			longest = Math.max(longest, (System.nanoTime() - start) / 1_000_000);
			if (!worked) {
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		return longest;
	}

	private static void settle(Display display, long millis) {
		dispatchFor(display, millis);
	}
}
