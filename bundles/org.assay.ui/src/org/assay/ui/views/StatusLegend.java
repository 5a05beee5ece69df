package org.assay.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.trace.Status;
import org.assay.trace.layout.SvgRenderer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The legend of a traceability drawing: each status outline colour (the same colours the diagram, the SVG and the
 * report draw) with what it means, and the dashed red suspect link. One row, wrapping when the view is narrow.
 */
public final class StatusLegend extends Composite {

	/** The statuses shown, in the order of the legend, with what each means. */
	public static final Map<String, String> MEANINGS = meanings();

	private final List<Image> images = new ArrayList<>();
	private final List<CLabel> entries = new ArrayList<>(); // a CLabel shows its swatch and its word (a Label only one)

	/** {@code extra}: statuses a view adds (e.g. the safety case's UNDEVELOPED), each with its colour and meaning. */
	public StatusLegend(Composite parent, Map<String, Map.Entry<String, String>> extra) {
		super(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.marginTop = 2;
		layout.marginBottom = 2;
		layout.spacing = 10;
		setLayout(layout);
		Label title = new Label(this, SWT.NONE);
		title.setText("Legend:");
		MEANINGS.forEach((status, meaning) -> entry(status, SvgRenderer.stroke(status), meaning, false));
		extra.forEach((status, colourAndMeaning) -> entry(status, colourAndMeaning.getKey(), colourAndMeaning.getValue(), false));
		entry("suspect link", "#c62828", "a link whose source changed since the evidence was recorded", true);
		addListener(SWT.Dispose, e -> images.forEach(Image::dispose));
	}

	/** The legend's entries as shown: "STATUS — meaning". */
	public List<String> texts() {
		return entries.stream().map(CLabel::getToolTipText).toList();
	}

	/** The swatch of an entry (its colour as drawn), by the entry's status word. */
	public Image swatch(String status) {
		for (CLabel entry : entries) {
			if (entry.getText().equals(status)) {
				return entry.getImage();
			}
		}
		return null;
	}

	private void entry(String status, String colour, String meaning, boolean dashed) {
		Image swatch = swatch(colour, dashed);
		images.add(swatch);
		CLabel label = new CLabel(this, SWT.NONE);
		label.setImage(swatch);
		label.setText(status);
		label.setToolTipText(status + " — " + meaning);
		label.setLayoutData(new RowData());
		entries.add(label);
	}

	/** A 14 x 10 swatch: a box outlined in the status colour (3 px, as the diagram draws it), or a dashed line. */
	private Image swatch(String hex, boolean dashed) {
		Image image = new Image(getDisplay(), 14, 10);
		GC gc = new GC(image);
		Color colour = new Color(getDisplay(), new RGB(Integer.parseInt(hex.substring(1, 3), 16),
				Integer.parseInt(hex.substring(3, 5), 16), Integer.parseInt(hex.substring(5, 7), 16)));
		try {
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, 14, 10);
			gc.setForeground(colour);
			gc.setBackground(colour);
			if (dashed) {
				gc.fillRectangle(0, 4, 4, 2);
				gc.fillRectangle(6, 4, 4, 2);
				gc.fillRectangle(12, 4, 2, 2);
			} else {
				gc.fillRectangle(0, 0, 14, 10);
				gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle(3, 3, 8, 4);
			}
		} finally {
			gc.dispose();
			colour.dispose();
		}
		return image;
	}

	private static Map<String, String> meanings() {
		Map<String, String> meanings = new LinkedHashMap<>();
		meanings.put(Status.PASS, "the last run shows the criterion met");
		meanings.put(Status.WARN, "met, with a warning");
		meanings.put(Status.FAIL, "the last run shows the criterion not met");
		meanings.put(Status.UNVERIFIED, "no test verifies the requirement");
		meanings.put(Status.ERROR, "the test could not run");
		meanings.put(Status.INCONCLUSIVE, "the interval straddles the threshold: more data needed");
		meanings.put(Status.STALE, "inputs changed since the result was recorded");
		meanings.put(Status.SUSPECT, "the requirement changed since the result was recorded");
		meanings.put(Status.MISSING, "no result recorded yet");
		return meanings;
	}
}
