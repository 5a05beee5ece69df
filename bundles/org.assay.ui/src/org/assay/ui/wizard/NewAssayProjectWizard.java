package org.assay.ui.wizard;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

/**
 * File > New > Assay Project: a name and what to start from (a starter model, one of the examples, or a data file
 * profiled into a model as {@code assay init} does, with an optional label column and protected columns). On finish the
 * new model opens in the editor.
 */
public class NewAssayProjectWizard extends Wizard implements INewWizard {

	/** The page's description: short enough to show whole in the dialog's title area at the page's width. */
	public static final String DESCRIPTION = "A model, a data/ folder and a Maven build for the generated code.";

	private Page page;

	public NewAssayProjectWizard() {
		setWindowTitle("New Assay Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.name.getText().strip();
		AssayProjectCreator.Template template = page.selected();
		DataProject data = template == AssayProjectCreator.Template.FROM_DATA ? page.dataProject() : null;
		IProject[] created = new IProject[1];
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor)
						throws org.eclipse.core.runtime.CoreException {
					created[0] = AssayProjectCreator.create(name, template, data, monitor);
				}
			});
			openModel(created[0]);
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Opens the new project's model in the editor (its first .assay file at the top, else the first one at all). */
	static IEditorPart openModel(IProject project) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (project == null || window == null || window.getActivePage() == null) {
			return null;
		}
		try {
			List<IFile> files = ProjectModels.of(project).files();
			IFile model = files.stream().filter(f -> f.getParent().equals(project)).findFirst()
					.orElse(files.isEmpty() ? null : files.get(0));
			return model == null ? null : IDE.openEditor(window.getActivePage(), model);
		} catch (CoreException e) {
			ILog.of(NewAssayProjectWizard.class).error("Assay: cannot open the model of " + project.getName(), e);
			return null;
		}
	}

	/** The wizard's one page. */
	static final class Page extends WizardPage {
		Text name;
		Combo template;
		Text dataFile;
		Button browse;
		Text label;
		Text protectedColumns;

		Page() {
			super("assayProject");
			setTitle("Assay Project");
			setDescription(NewAssayProjectWizard.DESCRIPTION);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			GridData wide = new GridData(SWT.FILL, SWT.FILL, true, true);
			wide.widthHint = convertWidthInCharsToPixels(90); // the template names and the description fit
			body.setLayoutData(wide);
			new Label(body, SWT.NONE).setText("Project name:");
			name = new Text(body, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.addListener(SWT.Modify, e -> validate());
			new Label(body, SWT.NONE).setText("Start from:");
			template = new Combo(body, SWT.READ_ONLY);
			for (AssayProjectCreator.Template t : AssayProjectCreator.Template.values()) {
				template.add(t.label());
			}
			template.select(0);
			template.addListener(SWT.Selection, e -> validate());
			new Label(body, SWT.NONE).setText("Data file (CSV or TSV):");
			Composite file = new Composite(body, SWT.NONE);
			GridLayout fileLayout = new GridLayout(2, false);
			fileLayout.marginWidth = 0;
			fileLayout.marginHeight = 0;
			file.setLayout(fileLayout);
			file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			dataFile = new Text(file, SWT.BORDER);
			dataFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			dataFile.addListener(SWT.Modify, e -> validate());
			browse = new Button(file, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv;*.tsv;*.tab", "*.*" });
				String chosen = dialog.open();
				if (chosen != null) {
					dataFile.setText(chosen);
				}
			});
			new Label(body, SWT.NONE).setText("Label column (optional):");
			label = new Text(body, SWT.BORDER);
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			label.setMessage("the column to predict; without it no pipeline is written");
			new Label(body, SWT.NONE).setText("Protected columns (optional):");
			protectedColumns = new Text(body, SWT.BORDER);
			protectedColumns.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			protectedColumns.setMessage("comma-separated, e.g. sex, age");
			setControl(body);
			validate();
		}

		AssayProjectCreator.Template selected() {
			return AssayProjectCreator.Template.values()[template.getSelectionIndex()];
		}

		DataProject dataProject() {
			String column = label.getText().strip();
			Set<String> protectedSet = new LinkedHashSet<>();
			for (String part : protectedColumns.getText().split(",")) {
				if (!part.isBlank()) {
					protectedSet.add(part.strip());
				}
			}
			return new DataProject(Path.of(dataFile.getText().strip()), column.isEmpty() ? null : column, protectedSet);
		}

		private void validate() {
			if (dataFile == null) {
				return; // still creating the controls
			}
			boolean fromData = selected() == AssayProjectCreator.Template.FROM_DATA;
			for (Control control : new Control[] { dataFile, browse, label, protectedColumns }) {
				control.setEnabled(fromData);
			}
			String text = name.getText().strip();
			String problem = text.isEmpty() ? "Enter a project name."
					: ResourcesPlugin.getWorkspace().validateName(text, org.eclipse.core.resources.IResource.PROJECT).isOK()
							? (projectExists(text) ? "A project named '" + text + "' already exists." : null)
							: ResourcesPlugin.getWorkspace().validateName(text, org.eclipse.core.resources.IResource.PROJECT).getMessage();
			if (problem == null && fromData) {
				String path = dataFile.getText().strip();
				problem = path.isEmpty() ? "Choose the data file to start from."
						: Files.isRegularFile(Path.of(path)) ? null : path + ": no such file.";
				text = path.isEmpty() ? "" : text;
			}
			setErrorMessage(text.isEmpty() ? null : problem);
			setPageComplete(problem == null);
		}

		private static boolean projectExists(String text) {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(text);
			return project.exists();
		}
	}
}
