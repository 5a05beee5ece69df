package org.assay.ui.run;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/** The "Assay Suites" launch configuration type: its id, attributes, and the saved configuration of a project. */
public final class AssaySuitesLaunch {

	public static final String TYPE_ID = "org.assay.ui.launch.suites";
	/** The name of the workspace project whose suites run. */
	public static final String PROJECT = "org.assay.ui.launch.project";
	/** The suite to run alone (empty: every suite of the project). */
	public static final String SUITE = "org.assay.ui.launch.suite";
	/** The test of {@link #SUITE} to run alone (empty: the whole suite). */
	public static final String TEST = "org.assay.ui.launch.test";
	/** The process attribute holding the exit code meaning (pass, gate failed, error), for the console's label. */
	static final String PROCESS_TYPE = "org.assay.ui.suites";

	private AssaySuitesLaunch() {
	}

	public static ILaunchConfigurationType type() {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TYPE_ID);
	}

	/** The saved configuration that runs {@code project}'s suites: the existing one, or a new one saved now. */
	public static ILaunchConfiguration of(IProject project) throws CoreException {
		return of(project, "", "");
	}

	/**
	 * The saved configuration that runs one suite (or one test of it; empty strings: all) of {@code project}: the
	 * existing one, or a new one saved now.
	 */
	public static ILaunchConfiguration of(IProject project, String suite, String test) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfiguration found = Arrays.stream(manager.getLaunchConfigurations(type())).filter(c -> {
			try {
				return project.getName().equals(c.getAttribute(PROJECT, "")) && suite.equals(c.getAttribute(SUITE, ""))
						&& test.equals(c.getAttribute(TEST, ""));
			} catch (CoreException e) {
				return false;
			}
		}).findFirst().orElse(null);
		if (found != null) {
			return found;
		}
		String what = suite.isEmpty() ? "Assay suites of " + project.getName()
				: "Assay " + (test.isEmpty() ? suite : suite + "." + test) + " (" + project.getName() + ")";
		ILaunchConfigurationWorkingCopy copy = type().newInstance(null, manager.generateLaunchConfigurationName(what));
		copy.setAttribute(PROJECT, project.getName());
		copy.setAttribute(SUITE, suite);
		copy.setAttribute(TEST, test);
		copy.setMappedResources(new org.eclipse.core.resources.IResource[] { project });
		return copy.doSave();
	}

	/** The project a configuration runs, checked: it exists, is open and is an Assay project. */
	static IProject project(ILaunchConfiguration configuration) throws CoreException {
		String name = configuration.getAttribute(PROJECT, "");
		if (name.isBlank()) {
			throw new CoreException(Status.error("The launch configuration '" + configuration.getName()
					+ "' names no project: choose the Assay project to run in Run > Run Configurations…"));
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.isOpen()) {
			throw new CoreException(Status.error("The launch configuration '" + configuration.getName() + "' runs project '"
					+ name + "', which " + (project.exists() ? "is closed: open it" : "does not exist: choose another project")
					+ " in Run > Run Configurations…"));
		}
		if (project.getLocation() == null) {
			throw new CoreException(Status.error("Project '" + name + "' is not on the local file system; Assay runs "
					+ "suites of local projects only."));
		}
		return project;
	}
}
