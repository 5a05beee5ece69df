package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.dsl.ide.highlighting.AssaySemanticHighlightingCalculator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * Semantic colouring: names coloured by what they are or refer to (a metric, an attribute, a requirement, a hazard,
 * data, a protected feature; declarations bold), as the language's semantic highlighting calculator says. The ranges
 * are computed with validation, off the UI thread; this listener merges the latest ones into every presentation the
 * editor paints.
 */
public final class AssaySemanticHighlighter implements ITextPresentationListener {

	private static final Map<String, Style> STYLES = Map.of(
			AssaySemanticHighlightingCalculator.DECLARATION, new Style(null, SWT.BOLD),
			AssaySemanticHighlightingCalculator.METRIC, new Style(new Color(Display.getDefault(), 0, 121, 107), SWT.ITALIC),
			AssaySemanticHighlightingCalculator.ATTRIBUTE, new Style(new Color(Display.getDefault(), 94, 53, 177), SWT.NORMAL),
			AssaySemanticHighlightingCalculator.REQUIREMENT, new Style(new Color(Display.getDefault(), 21, 101, 192), SWT.NORMAL),
			AssaySemanticHighlightingCalculator.HAZARD, new Style(new Color(Display.getDefault(), 198, 40, 40), SWT.NORMAL),
			AssaySemanticHighlightingCalculator.DATA, new Style(new Color(Display.getDefault(), 121, 85, 72), SWT.NORMAL),
			AssaySemanticHighlightingCalculator.PROTECTED_FEATURE, new Style(new Color(Display.getDefault(), 198, 40, 40),
					SWT.BOLD));

	private record Style(Color foreground, int fontStyle) {
	}

	/** One highlighted region of the text and its style id. */
	public record Highlight(int offset, int length, String style) {
	}

	private volatile List<StyleRange> ranges = List.of();

	/** Replaces the highlights (any thread); the caller then has the viewer repaint. */
	public void set(List<Highlight> highlights) {
		List<StyleRange> computed = new ArrayList<>();
		for (Highlight highlight : highlights) {
			Style style = STYLES.get(highlight.style());
			if (style != null) {
				StyleRange range = new StyleRange(highlight.offset(), highlight.length(), style.foreground(), null,
						style.fontStyle());
				computed.add(range);
			}
		}
		computed.sort((a, b) -> Integer.compare(a.start, b.start));
		ranges = List.copyOf(computed);
	}

	/** The current ranges (model offsets). */
	public List<StyleRange> ranges() {
		return ranges;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<StyleRange> inside = new ArrayList<>();
		for (StyleRange range : ranges) {
			if (range.start >= end) {
				break;
			}
			if (range.start + range.length > start) {
				// a copy: a presentation keeps and later changes the ranges merged into it (clipped, restyled), which
				// left the kept ranges wrong — the colours went from the next presentation of their lines (revert)
				inside.add((StyleRange) range.clone());
			}
		}
		if (!inside.isEmpty()) {
			presentation.mergeStyleRanges(inside.toArray(StyleRange[]::new));
		}
	}
}
