package org.assay.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.assay.trace.TraceNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A project trace shown as a table: one row per element, double-click opens the row's element in the editor. The rows
 * are public so that tests and users' scripts can read what the view shows.
 */
abstract class TableTraceView extends ProjectTraceView {

	private Table table;
	private final List<TraceNode> rowNodes = new ArrayList<>();

	/** The column titles. */
	protected abstract List<String> columns();

	@Override
	protected void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.Selection, e -> {
			int index = table.getSelectionIndex();
			selected(index >= 0 && index < rowNodes.size() ? rowNodes.get(index) : null);
		});
		table.addListener(SWT.DefaultSelection, e -> {
			int index = table.getSelectionIndex();
			if (index >= 0 && index < rowNodes.size()) {
				open(rowNodes.get(index));
			}
		});
	}

	@Override
	protected Control control() {
		return table;
	}

	/** Called when a row is selected (null: none); subclasses show the element's details. */
	protected void selected(TraceNode node) {
	}

	/** The table on display (tests select and open rows through its events, as a user's clicks do). */
	public Table table() {
		return table;
	}

	/** Replaces the rows: each with the element it opens (or null) and its cells. */
	protected void rows(List<TraceNode> nodes, List<List<String>> cells) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			for (String title : columns()) {
				new TableColumn(table, SWT.LEFT).setText(title);
			}
			rowNodes.clear();
			for (int i = 0; i < cells.size(); i++) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(cells.get(i).toArray(String[]::new));
				rowNodes.add(nodes.get(i));
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
	}

	/** The rows on display, cell by cell. */
	public List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> row = new ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				row.add(item.getText(c));
			}
			rows.add(row);
		}
		return rows;
	}
}
