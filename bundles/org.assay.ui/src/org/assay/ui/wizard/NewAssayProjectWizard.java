package org.assay.ui.wizard;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;

/** File > New > Assay Project: a name and what to start from (a starter model or one of the examples). */
public class NewAssayProjectWizard extends Wizard implements INewWizard {

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
		AssayProjectCreator.Template template = AssayProjectCreator.Template.values()[page.template.getSelectionIndex()];
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor)
						throws org.eclipse.core.runtime.CoreException {
					AssayProjectCreator.create(name, template, monitor);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The wizard's one page. */
	static final class Page extends WizardPage {
		Text name;
		Combo template;

		Page() {
			super("assayProject");
			setTitle("Assay Project");
			setDescription("A project with the Assay builder, a model, a data/ folder and the Maven setup for generated code.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
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
			setControl(body);
			validate();
		}

		private void validate() {
			String text = name.getText().strip();
			String problem = text.isEmpty() ? "Enter a project name."
					: ResourcesPlugin.getWorkspace().validateName(text, org.eclipse.core.resources.IResource.PROJECT).isOK()
							? (projectExists(text) ? "A project named '" + text + "' already exists." : null)
							: ResourcesPlugin.getWorkspace().validateName(text, org.eclipse.core.resources.IResource.PROJECT).getMessage();
			setErrorMessage(text.isEmpty() ? null : problem);
			setPageComplete(problem == null);
		}

		private static boolean projectExists(String text) {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(text);
			return project.exists();
		}
	}
}
