package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Presents hover text as plain text broken into lines that fit the hover's width, word by word (a word longer than a
 * line is split), so a long metric definition wraps instead of running off the hover's right edge. Nothing is dropped:
 * when the text is taller than the hover, F2 (or moving the mouse into it) opens the same text in a resizable,
 * scrolling hover.
 */
public final class WrappingHoverPresenter implements DefaultInformationControl.IInformationPresenter,
		DefaultInformationControl.IInformationPresenterExtension {

	/** Creates hover controls that use this presenter (and, for F2, a resizable one that does too). */
	public static IInformationControlCreator creator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(),
				new WrappingHoverPresenter());
	}

	@Override
	public String updatePresentation(Display display, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		return updatePresentation((Drawable) display, hoverInfo, presentation, maxWidth, maxHeight);
	}

	@Override
	public String updatePresentation(Drawable drawable, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		if (hoverInfo == null) {
			return null;
		}
		GC gc = new GC(drawable);
		try {
			return String.join("\n", wrap(hoverInfo, maxWidth, text -> gc.textExtent(text).x));
		} finally {
			gc.dispose();
		}
	}

	/** Measures the width of a text in pixels. */
	@FunctionalInterface
	public interface Width {
		int of(String text);
	}

	/** The text's lines, each no wider than {@code maxWidth} (no limit when it is not positive). */
	public static List<String> wrap(String text, int maxWidth, Width width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\r?\n", -1)) {
			if (maxWidth <= 0 || width.of(paragraph) <= maxWidth) {
				lines.add(paragraph);
				continue;
			}
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.length() == 0 ? word : line + " " + word;
				if (width.of(candidate) <= maxWidth) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (width.of(word) > maxWidth && word.length() > 1) { // a word wider than the hover: split it
					int cut = word.length() - 1;
					while (cut > 1 && width.of(word.substring(0, cut)) > maxWidth) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
				}
				line.append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}
}
