package org.assay.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assay.ui.AssayUi;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The Assay project nature: it installs the Assay builder. */
public class AssayNature implements IProjectNature {

	private IProject project;

	/** Adds the nature (and so the builder) to a project, unless it has it already. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(AssayUi.NATURE_ID)) {
			return;
		}
		List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
		natures.add(AssayUi.NATURE_ID);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).anyMatch(c -> c.getBuilderName().equals(AssayUi.BUILDER_ID))) {
			return;
		}
		List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
		ICommand command = description.newCommand();
		command.setBuilderName(AssayUi.BUILDER_ID);
		commands.add(command);
		description.setBuildSpec(commands.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !c.getBuilderName().equals(AssayUi.BUILDER_ID)).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
