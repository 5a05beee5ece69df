package org.assay.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.PlatformUI;

/**
 * A shipped catalogue (ISO/IEC 25059, 25012) opened in the editor: read-only, read straight from the catalogue bundle
 * (no copy in the workspace or the OSGi cache), so a user who follows a link into it cannot change the standard by
 * accident. Two inputs of the same catalogue are equal, so a second link reuses the open editor.
 */
public final class CatalogueEditorInput implements IStorageEditorInput {

	private final String uri;
	private final String name;

	/** {@code uri}: the catalogue's URI as its resource has it (a bundle entry in Eclipse). */
	public CatalogueEditorInput(String uri) {
		this.uri = uri;
		this.name = uri.substring(uri.lastIndexOf('/') + 1);
	}

	/** The catalogue's URI (the resource's, in the shared catalogue library). */
	public String uri() {
		return uri;
	}

	@Override
	public IStorage getStorage() {
		return new IStorage() {
			@Override
			public InputStream getContents() throws CoreException {
				try {
					return new URL(uri).openStream();
				} catch (IOException e) {
					throw new CoreException(Status.error("Assay cannot read the shipped catalogue " + name
							+ "; the org.assay.catalogue bundle is damaged, reinstall Assay", e));
				}
			}

			@Override
			public IPath getFullPath() {
				return IPath.fromPortableString("/org.assay.catalogue/catalogue/" + name);
			}

			@Override
			public String getName() {
				return name;
			}

			@Override
			public boolean isReadOnly() {
				return true;
			}

			@Override
			public <T> T getAdapter(Class<T> adapter) {
				return null;
			}
		};
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(name);
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null; // not reopened after a restart: the link that opened it is one click away
	}

	@Override
	public String getToolTipText() {
		return name + " (shipped with Assay, read-only)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null; // deliberately no IFile: nothing may write to it or build it
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CatalogueEditorInput input && input.uri.equals(uri);
	}

	@Override
	public int hashCode() {
		return Objects.hash(uri);
	}
}
