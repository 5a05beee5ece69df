package org.assay.ui.views;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.layout.SvgRenderer;
import org.assay.trace.layout.TraceDiagram;
import org.assay.trace.layout.TraceDiagram.Box;
import org.assay.trace.layout.TraceDiagram.Route;
import org.assay.trace.layout.TraceLayout;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/**
 * The traceability diagram of an Assay project, laid out by ELK (the same layout as the CLI's SVG and the report),
 * drawn with SWT: boxes filled by kind and outlined by status (from the project's last results), suspect links dashed
 * red. Filter by requirement, hazard or suite; double-click opens the element in the editor; export to SVG. Follows
 * builds of the project it shows.
 */
public class TraceDiagramView extends ProjectTraceView {

	public static final String ID = "org.assay.ui.traceDiagram";
	private static final String ALL = "(everything)";

	private Combo filter;
	private Label summary;
	private ScrolledComposite scroller;
	private Canvas canvas;
	private TraceGraph graph;
	private TraceDiagram diagram;
	private StatusLegend legend;

	@Override
	protected void createControls(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		new Label(parent, SWT.NONE).setText("Show:");
		filter = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		filter.addListener(SWT.Selection, e -> relayout());
		Button export = new Button(parent, SWT.PUSH);
		export.setText("Export SVG/PNG…");
		export.addListener(SWT.Selection, e -> export());
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDoubleClick, e -> open(boxAt(e.x, e.y)));
		scroller.setContent(canvas);
		legend = new StatusLegend(parent, java.util.Map.of()); // polish (#12): what the outline colours mean
		legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
	}

	/** The legend of the status colours under the diagram. */
	public StatusLegend legend() {
		return legend;
	}

	@Override
	protected Control control() {
		return canvas;
	}

	/** The diagram on display (null before the first one): for tests and exports. */
	public TraceDiagram diagram() {
		return diagram;
	}

	/** The filter entries: everything, then each requirement, hazard and suite. */
	public List<String> filterItems() {
		return List.of(filter.getItems());
	}

	/** Selects a filter entry (as a user would) and redraws. */
	public void select(String item) {
		filter.select(filter.indexOf(item));
		relayout();
	}

	@Override
	protected void update(ProjectTrace trace) {
		TraceGraph computed = trace.graph();
		graph = computed;
		String selected = filter.getSelectionIndex() < 0 ? ALL : filter.getItem(filter.getSelectionIndex());
		List<String> items = new ArrayList<>(List.of(ALL));
		for (Kind kind : List.of(Kind.REQUIREMENT, Kind.HAZARD)) {
			computed.nodes(kind).forEach(n -> items.add(kind.label() + " " + n.name()));
		}
		computed.nodes(Kind.TEST).stream().map(t -> t.name().substring(0, t.name().lastIndexOf('.'))).distinct()
				.forEach(suite -> items.add("Suite " + suite));
		filter.setItems(items.toArray(String[]::new));
		filter.select(Math.max(0, items.indexOf(selected)));
		relayout();
	}

	private void relayout() {
		if (graph == null) {
			return;
		}
		String item = filter.getItem(Math.max(0, filter.getSelectionIndex()));
		TraceGraph shown = graph;
		if (!item.equals(ALL)) {
			String name = item.substring(item.indexOf(' ') + 1);
			List<String> ids = item.startsWith("Suite ")
					? graph.nodes(Kind.TEST).stream().filter(t -> t.name().startsWith(name + ".")).map(TraceNode::id).toList()
					: List.of((item.startsWith("Hazard ") ? "hazard:" : "requirement:") + name);
			shown = graph.around(ids);
		}
		diagram = TraceLayout.layout(shown);
		long suspect = shown.edges().stream().filter(TraceEdge::isSuspect).count();
		summary.setText(shown.nodes(Kind.REQUIREMENT).size() + " requirement(s), " + shown.nodes(Kind.TEST).size()
				+ " test(s)" + (suspect > 0 ? ", " + suspect + " suspect link(s)" : "")
				+ (diagram.note() == null ? "" : ". " + diagram.note()));
		summary.getParent().layout();
		canvas.setSize((int) diagram.width() + 40, (int) diagram.height() + 40);
		canvas.redraw();
	}

	private void paint(GC gc) {
		if (diagram == null) {
			gc.drawText("Open an .assay file of an Assay project, or build one, to see its traceability.", 10, 10);
			return;
		}
		gc.setAntialias(SWT.ON);
		int dx = 20;
		int dy = 20;
		for (Route route : diagram.edges()) {
			double[] p = route.points();
			if (p.length < 4) {
				continue;
			}
			int[] points = new int[p.length];
			for (int i = 0; i < p.length; i++) {
				points[i] = (int) Math.round(p[i]) + (i % 2 == 0 ? dx : dy);
			}
			boolean suspect = route.edge().isSuspect();
			Color color = color(suspect ? "#c62828" : "#777777");
			gc.setForeground(color);
			gc.setLineWidth(suspect ? 2 : 1);
			gc.setLineStyle(suspect ? SWT.LINE_DASH : SWT.LINE_SOLID);
			gc.drawPolyline(points);
			arrow(gc, points, color);
			color.dispose();
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		for (Box box : diagram.nodes()) {
			TraceNode node = box.node();
			int x = (int) box.x() + dx;
			int y = (int) box.y() + dy;
			Color fill = color(SvgRenderer.fill(node.kind()));
			Color stroke = color(SvgRenderer.stroke(node.status()));
			gc.setBackground(fill);
			gc.fillRoundRectangle(x, y, (int) box.width(), (int) box.height(), 10, 10);
			gc.setForeground(stroke);
			gc.setLineWidth(node.status() == null ? 1 : 3);
			gc.drawRoundRectangle(x, y, (int) box.width(), (int) box.height(), 10, 10);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText(node.kind().label() + (node.status() == null ? "" : " · " + node.status()), x + 8, y + 4, true);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(node.simpleName(), x + 8, y + 22, true);
			fill.dispose();
			stroke.dispose();
		}
	}

	private static void arrow(GC gc, int[] points, Color color) {
		int n = points.length;
		double angle = Math.atan2(points[n - 1] - points[n - 3], points[n - 2] - points[n - 4]);
		int x = points[n - 2];
		int y = points[n - 1];
		int[] head = { x, y, (int) (x - 8 * Math.cos(angle - 0.4)), (int) (y - 8 * Math.sin(angle - 0.4)),
				(int) (x - 8 * Math.cos(angle + 0.4)), (int) (y - 8 * Math.sin(angle + 0.4)) };
		gc.setBackground(color);
		gc.fillPolygon(head);
	}

	private Color color(String hex) {
		return new Color(canvas.getDisplay(), new RGB(Integer.parseInt(hex.substring(1, 3), 16),
				Integer.parseInt(hex.substring(3, 5), 16), Integer.parseInt(hex.substring(5, 7), 16)));
	}

	/** The box at canvas coordinates, or null. */
	public Box boxAt(int x, int y) {
		if (diagram == null) {
			return null;
		}
		for (Box box : diagram.nodes()) {
			if (x >= box.x() + 20 && x <= box.x() + 20 + box.width() && y >= box.y() + 20 && y <= box.y() + 20 + box.height()) {
				return box;
			}
		}
		return null;
	}

	/** Opens the element of a box in the editor at the line it is declared on; true when an editor opened. */
	public boolean open(Box box) {
		return box != null && open(box.node());
	}

	/** Asks where, then writes the diagram as SVG (a {@code .svg} name) or PNG (any other name, e.g. {@code .png}). */
	private void export() {
		if (diagram == null) {
			return;
		}
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
		dialog.setFileName("traceability.svg");
		String target = dialog.open();
		if (target != null) {
			try {
				export(Path.of(target));
			} catch (Exception e) {
				summary.setText("Export failed: " + e.getMessage());
			}
		}
	}

	/** Writes the diagram on display to {@code file}: SVG when the name ends in .svg, else PNG (as drawn here). */
	public void export(Path file) throws Exception {
		if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
			Files.writeString(file, SvgRenderer.render(diagram), StandardCharsets.UTF_8);
		} else {
			org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(),
					(int) diagram.width() + 40, (int) diagram.height() + 40);
			try {
				GC gc = new GC(image);
				try {
					gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
					gc.fillRectangle(image.getBounds());
					paint(gc);
				} finally {
					gc.dispose();
				}
				org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
				loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				image.dispose();
			}
		}
		for (IResource resource : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
			resource.refreshLocal(IResource.DEPTH_ZERO, null);
		}
	}
}
