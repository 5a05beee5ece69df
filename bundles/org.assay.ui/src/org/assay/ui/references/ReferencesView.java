package org.assay.ui.references;

import java.util.ArrayList;
import java.util.List;

import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/** The result of Find References: one row per place that refers to the element; double-click opens it. */
public class ReferencesView extends ViewPart {

	public static final String ID = "org.assay.ui.references";

	private Table table;
	private IProject project;
	private final List<AssayReferences.Reference> shown = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : List.of("Where", "Line")) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		table.addListener(SWT.DefaultSelection, e -> {
			int index = table.getSelectionIndex();
			if (index >= 0) {
				open(shown.get(index));
			}
		});
	}

	/** Shows a result (UI thread). */
	public void show(IProject of, AssayReferences.Result result) {
		project = of;
		shown.clear();
		shown.addAll(result.references());
		table.removeAll();
		for (AssayReferences.Reference reference : result.references()) {
			new TableItem(table, SWT.NONE).setText(new String[] { reference.file() + ":" + reference.line(), reference.lineText() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		setContentDescription(result.references().size() + " reference(s) to " + result.element());
	}

	/** The rows on display: {@code file:line} and the line's text. */
	public List<String> rows() {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add(item.getText(0) + " " + item.getText(1));
		}
		return rows;
	}

	private void open(AssayReferences.Reference reference) {
		try {
			IFile file = ProjectModels.of(project).file(reference.file());
			if (file != null) {
				IMarker marker = file.createMarker(IMarker.TEXT);
				marker.setAttribute(IMarker.CHAR_START, reference.offset());
				marker.setAttribute(IMarker.CHAR_END, reference.offset() + reference.length());
				IDE.openEditor(getSite().getPage(), marker);
				marker.delete();
			}
		} catch (CoreException e) {
			ILog.of(ReferencesView.class).error("cannot open " + reference, e);
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
