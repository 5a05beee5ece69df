package org.assay.ui.views;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.trace.ProjectTrace;
import org.assay.trace.gsn.GsnDiagram;
import org.assay.trace.gsn.GsnDiagram.Route;
import org.assay.trace.gsn.GsnDiagram.Shape;
import org.assay.trace.gsn.GsnElement;
import org.assay.trace.gsn.GsnElement.Type;
import org.assay.trace.gsn.GsnJson;
import org.assay.trace.gsn.GsnLayout;
import org.assay.trace.gsn.GsnLink;
import org.assay.trace.gsn.GsnSvg;
import org.assay.trace.gsn.SafetyCaseBuilder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/**
 * The safety case of an Assay project (docs/safety-case.md), next to its traceability: the GSN argument built and laid
 * out by the same code as {@code assay export gsn} and the report, drawn with SWT in GSN's shapes and the status
 * colours of the SVG. Follows builds of the project it shows; exports the SVG and JSON forms.
 */
public class SafetyCaseView extends ProjectTraceView {

	public static final String ID = "org.assay.ui.safetyCase";
	private static final int MARGIN = 20;

	private Label summary;
	private Canvas canvas;
	private GsnDiagram diagram;
	private StatusLegend legend;

	@Override
	protected void createControls(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		Button export = new Button(parent, SWT.PUSH);
		export.setText("Export SVG and JSON…");
		export.addListener(SWT.Selection, e -> export());
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		scroller.setContent(canvas);
		legend = new StatusLegend(parent, java.util.Map.of(GsnElement.UNDEVELOPED, java.util.Map.entry(
				GsnSvg.stroke(GsnElement.UNDEVELOPED), "no evidence develops the goal yet (a diamond under it)")));
		legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}

	/** The legend of the status colours under the diagram. */
	public StatusLegend legend() {
		return legend;
	}

	/** The summary line above the diagram, as shown. */
	public String summary() {
		return summary.getText();
	}

	/** The diagram as drawn on screen, rendered into an image of its full size (for tests and PNG exports). */
	public org.eclipse.swt.graphics.ImageData render() {
		org.eclipse.swt.graphics.Point size = canvas.getSize();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), Math.max(1, size.x),
				Math.max(1, size.y));
		try {
			GC gc = new GC(image);
			try {
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle(image.getBounds());
				paint(gc);
			} finally {
				gc.dispose();
			}
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	/** Where a shape's top-left corner is drawn on the canvas (the layout's coordinates plus the margin). */
	public static org.eclipse.swt.graphics.Point origin(Shape shape) {
		return new org.eclipse.swt.graphics.Point((int) shape.x() + MARGIN, (int) shape.y() + MARGIN);
	}

	@Override
	protected Control control() {
		return canvas;
	}

	/** The diagram on display (null before the first one). */
	public GsnDiagram diagram() {
		return diagram;
	}

	@Override
	protected void update(ProjectTrace trace) {
		diagram = GsnLayout.layout(SafetyCaseBuilder.build(trace));
		StringBuilder text = new StringBuilder();
		diagram.safetyCase().counts().forEach((type, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(' ')
				.append(type.label()));
		text.append("; ").append(diagram.safetyCase().undeveloped().size()).append(" undeveloped");
		summary.setText(text + (diagram.note() == null ? "" : ". " + diagram.note()));
		summary.getParent().layout();
		canvas.setSize((int) diagram.width() + 2 * MARGIN, (int) diagram.height() + 2 * MARGIN);
		canvas.redraw();
	}

	private void paint(GC gc) {
		if (diagram == null) {
			gc.drawText("Open an .assay file of an Assay project, or build one, to see its safety case.", 10, 10);
			return;
		}
		gc.setAntialias(SWT.ON);
		Font font = new Font(canvas.getDisplay(), "DejaVu Sans", 8, SWT.NORMAL);
		gc.setFont(font);
		try {
			for (Route route : diagram.routes()) {
				link(gc, route);
			}
			for (Shape shape : diagram.shapes()) {
				shape(gc, shape);
			}
		} finally {
			font.dispose();
		}
	}

	private void link(GC gc, Route route) {
		double[] p = route.points();
		if (p.length < 4) {
			return;
		}
		int[] points = new int[p.length];
		for (int i = 0; i < p.length; i++) {
			points[i] = (int) Math.round(p[i]) + MARGIN;
		}
		Color color = color("#333333");
		gc.setForeground(color);
		gc.setLineWidth(1);
		gc.drawPolyline(points);
		int n = points.length;
		double angle = Math.atan2(points[n - 1] - points[n - 3], points[n - 2] - points[n - 4]);
		int x = points[n - 2];
		int y = points[n - 1];
		int[] head = { x, y, (int) (x - 9 * Math.cos(angle - 0.4)), (int) (y - 9 * Math.sin(angle - 0.4)),
				(int) (x - 9 * Math.cos(angle + 0.4)), (int) (y - 9 * Math.sin(angle + 0.4)) };
		// GSN: supported by ends in a filled arrowhead, in context of in a hollow one
		gc.setBackground(route.link().kind() == GsnLink.Kind.SUPPORTED_BY ? color
				: canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillPolygon(head);
		gc.drawPolygon(head);
		color.dispose();
	}

	private void shape(GC gc, Shape shape) {
		GsnElement element = shape.element();
		int x = (int) shape.x() + MARGIN;
		int y = (int) shape.y() + MARGIN;
		int w = (int) shape.width();
		int h = (int) (shape.height() - (element.undeveloped() ? GsnLayout.DIAMOND : 0));
		Color fill = color(GsnSvg.fill(element.type()));
		Color stroke = color(GsnSvg.stroke(element.status()));
		gc.setBackground(fill);
		gc.setForeground(stroke);
		gc.setLineWidth(element.status() == null || GsnElement.UNDEVELOPED.equals(element.status()) ? 1 : 2);
		gc.setLineStyle("STALE".equals(element.status()) || "MISSING".equals(element.status()) ? SWT.LINE_DASH
				: SWT.LINE_SOLID);
		switch (element.type()) {
		case GOAL, AWAY_GOAL -> {
			gc.fillRectangle(x, y, w, h);
			gc.drawRectangle(x, y, w, h);
		}
		case STRATEGY -> {
			int[] points = { x + 12, y, x + w, y, x + w - 12, y + h, x, y + h };
			gc.fillPolygon(points);
			gc.drawPolygon(points);
		}
		case SOLUTION -> {
			gc.fillOval(x, y, w, w);
			gc.drawOval(x, y, w, w);
		}
		case CONTEXT -> {
			gc.fillRoundRectangle(x, y, w, h, 28, 28);
			gc.drawRoundRectangle(x, y, w, h, 28, 28);
		}
		case ASSUMPTION, JUSTIFICATION -> {
			gc.fillOval(x, y, w, h);
			gc.drawOval(x, y, w, h);
		}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		text(gc, shape, x, y, w, h);
		if (element.type() == Type.ASSUMPTION || element.type() == Type.JUSTIFICATION) {
			gc.drawText(element.type() == Type.ASSUMPTION ? "A" : "J", x + w - 8, y + h - 12, true);
		}
		if (element.type() == Type.AWAY_GOAL) {
			int line = y + h - (int) GsnLayout.LINE - 4;
			gc.drawLine(x, line, x + w, line);
			gc.drawText("away goal: developed at " + element.ref(), x + 8, line + 2, true);
		}
		if (element.undeveloped()) {
			int cx = x + w / 2;
			int[] diamond = { cx, y + h, cx + 8, y + h + 8, cx, y + h + 16, cx - 8, y + h + 8 };
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.fillPolygon(diamond);
			gc.drawPolygon(diamond);
		}
		fill.dispose();
		stroke.dispose();
	}

	/** The identifier and status, then the statement's lines: left-aligned in boxes, centred in round shapes. */
	private void text(GC gc, Shape shape, int x, int y, int w, int h) {
		GsnElement element = shape.element();
		boolean centred = element.type() == Type.SOLUTION || element.type() == Type.ASSUMPTION
				|| element.type() == Type.JUSTIFICATION;
		List<String> lines = shape.lines();
		double height = GsnLayout.HEADER + GsnLayout.LINE * lines.size();
		int top = y + (int) (centred ? (h - height) / 2 : 4);
		int left = x + (element.type() == Type.STRATEGY ? 18 : 8);
		String header = element.id() + (element.status() == null ? "" : " · " + element.status());
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawText(header, centred ? x + (w - gc.textExtent(header).x) / 2 : left, top, true);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			gc.drawText(line, centred ? x + (w - gc.textExtent(line).x) / 2 : left, top + (int) (GsnLayout.HEADER + i
					* GsnLayout.LINE), true);
		}
	}

	private Color color(String hex) {
		return new Color(canvas.getDisplay(), new RGB(Integer.parseInt(hex.substring(1, 3), 16),
				Integer.parseInt(hex.substring(3, 5), 16), Integer.parseInt(hex.substring(5, 7), 16)));
	}

	/** Asks for an SVG file name, then writes the drawing there and the JSON form next to it. */
	private void export() {
		if (diagram == null) {
			return;
		}
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.svg" });
		dialog.setFileName("safety-case.svg");
		String target = dialog.open();
		if (target == null) {
			return;
		}
		Path svg = Path.of(target);
		Path json = svg.resolveSibling(svg.getFileName().toString().replaceFirst("(\\.svg)?$", ".json"));
		try {
			Files.writeString(svg, GsnSvg.render(diagram), StandardCharsets.UTF_8);
			Files.writeString(json, GsnJson.render(diagram.safetyCase()), StandardCharsets.UTF_8);
			summary.setText("Wrote " + svg + " and " + json);
		} catch (Exception e) {
			summary.setText("Export failed: " + e.getMessage());
		}
	}
}
