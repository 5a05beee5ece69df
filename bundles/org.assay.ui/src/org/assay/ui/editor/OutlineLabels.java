package org.assay.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Labels of the outline: the element's short name and an icon for its kind — a letter on the colour the traceability
 * diagram gives that kind (requirements blue, hazards red, tests yellow, pipelines green, datasets violet, …).
 */
public class OutlineLabels extends LabelProvider {

	/** Letter and colour of a kind's icon. */
	public record Icon(String letter, RGB colour) {
	}

	private static final Icon OTHER = new Icon("•", new RGB(0x78, 0x90, 0x9c));
	private static final Map<String, Icon> ICONS = new HashMap<>();

	static {
		icon("AssayModel", "N", 0x54, 0x6e, 0x7a);
		icon("Catalogue", "C", 0x45, 0x5a, 0x64);
		icon("Characteristic", "Q", 0x5e, 0x35, 0xb1);
		icon("QualityAttribute", "A", 0x7e, 0x57, 0xc2);
		icon("Metric", "μ", 0x00, 0x79, 0x6b);
		icon("Project", "P", 0x37, 0x47, 0x4f);
		icon("Assumption", "A", 0x2e, 0x7d, 0x32);
		icon("Justification", "J", 0x2e, 0x7d, 0x32);
		icon("Dataset", "D", 0x8e, 0x24, 0xaa);
		icon("Feature", "F", 0xab, 0x47, 0xbc);
		icon("Category", "c", 0xba, 0x68, 0xc8);
		icon("Partition", "%", 0x9c, 0x27, 0xb0);
		icon("Slice", "/", 0x9c, 0x27, 0xb0);
		icon("Pipeline", "P", 0x38, 0x8e, 0x3c);
		icon("MlpModel", "M", 0x00, 0x83, 0x8f);
		icon("CnnModel", "M", 0x00, 0x83, 0x8f);
		icon("PretrainedModel", "M", 0x00, 0x83, 0x8f);
		icon("Hazard", "H", 0xc6, 0x28, 0x28);
		icon("Requirement", "R", 0x15, 0x65, 0xc0);
		icon("TestSuite", "S", 0xf9, 0xa8, 0x25);
		icon("TestCase", "T", 0xf5, 0x7f, 0x17);
		icon("Monitor", "W", 0xef, 0x6c, 0x00);
		icon("Review", "V", 0x6d, 0x4c, 0x41);
	}

	private static void icon(String kind, String letter, int r, int g, int b) {
		ICONS.put(kind, new Icon(letter, new RGB(r, g, b)));
	}

	/** The icon of a kind (a model element type), or the neutral one. */
	public static Icon iconOf(String kind) {
		return ICONS.getOrDefault(kind, OTHER);
	}

	private final Map<Icon, Image> images = new HashMap<>();

	@Override
	public String getText(Object element) {
		return element instanceof OutlineEntry entry ? entry.name() : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		if (!(element instanceof OutlineEntry entry)) {
			return null;
		}
		return images.computeIfAbsent(iconOf(entry.kind()), OutlineLabels::draw);
	}

	@Override
	public void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
		super.dispose();
	}

	/** A 16 x 16 icon: the letter in white on a rounded square of the kind's colour, transparent around it. */
	private static Image draw(Icon icon) {
		Display display = Display.getCurrent();
		Image image = new Image(display, 16, 16);
		GC gc = new GC(image);
		Color colour = new Color(display, icon.colour());
		Font font = new Font(display, new FontData(display.getSystemFont().getFontData()[0].getName(), 8, SWT.BOLD));
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, 16, 16);
			gc.setBackground(colour);
			gc.fillRoundRectangle(1, 1, 14, 14, 5, 5);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.setFont(font);
			Point extent = gc.textExtent(icon.letter());
			gc.drawText(icon.letter(), (16 - extent.x) / 2, (16 - extent.y) / 2, true);
		} finally {
			gc.dispose();
			colour.dispose();
			font.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		// the corners outside the rounded square are transparent
		ImageData mask = new ImageData(16, 16, 1, new PaletteData(new RGB(0, 0, 0), new RGB(255, 255, 255)));
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				boolean corner = (x == 0 || x == 15 || y == 0 || y == 15);
				mask.setPixel(x, y, corner ? 0 : 1);
			}
		}
		return new Image(display, data, mask);
	}
}
