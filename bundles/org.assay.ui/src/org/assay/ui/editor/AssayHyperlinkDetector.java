package org.assay.ui.editor;

import java.net.URL;
import java.util.List;

import org.assay.model.AssayPackage;
import org.assay.ui.ProjectModels;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Go to definition (Ctrl+click, F3): a name that refers to another element links to where that element is declared —
 * in the same file, another file of the project, or one of the shipped catalogues (opened read-only from the catalogue
 * bundle, where links work too).
 */
public class AssayHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IFile file = AssayEditors.fileOf(viewer.getDocument());
		String catalogue = file == null ? Catalogues.catalogueOf(viewer.getDocument()) : null;
		if (file == null && catalogue == null) {
			return null;
		}
		try {
			Target target = file != null ? target(file, viewer.getDocument().get(), region.getOffset())
					: Catalogues.withResource(catalogue, resource -> target(resource, region.getOffset()));
			return target == null ? null : new IHyperlink[] { target };
		} catch (Exception e) {
			ILog.of(AssayHyperlinkDetector.class).error("Assay: go to definition failed in "
					+ (file != null ? file.getFullPath() : catalogue), e);
			return null;
		}
	}

	/** The definition of the reference at {@code offset} of {@code text} (the content of {@code file}), or null. */
	public static Target target(IFile file, String text, int offset) throws Exception {
		return ProjectModels.of(file.getProject()).withResource(file, text, resource -> target(resource, offset));
	}

	/** The definition of the reference at {@code offset} of a linked resource (a project file or a catalogue), or null. */
	static Target target(XtextResource resource, int offset) {
		EObject element = new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset);
		if (element == null || element.eIsProxy() || element.eResource() == null) {
			return null;
		}
		INode reference = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		List<INode> names = NodeModelUtils.findNodesForFeature(element, AssayPackage.Literals.NAMED_ELEMENT__NAME);
		INode declaration = names.isEmpty() ? NodeModelUtils.getNode(element) : names.get(0);
		return new Target(new Region(reference.getOffset(), reference.getLength()), element.eResource().getURI().toString(),
				declaration.getOffset(), declaration.getLength(), ((XtextResource) element.eResource()).getURI().lastSegment());
	}

	/** A link to a declaration: where it is ({@code uri}) and the region of its name there. */
	public static final class Target implements IHyperlink {
		private final IRegion region;
		private final String uri;
		private final int offset;
		private final int length;
		private final String fileName;

		Target(IRegion region, String uri, int offset, int length, String fileName) {
			this.region = region;
			this.uri = uri;
			this.offset = offset;
			this.length = length;
			this.fileName = fileName;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Go to declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open declaration in " + fileName;
		}

		public String uri() {
			return uri;
		}

		@Override
		public void open() {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				if (Catalogues.isCatalogue(uri)) { // polish (#12): read-only, from the bundle, never a copy in the OSGi cache
					if (Catalogues.open(page, uri) instanceof ITextEditor text) {
						text.selectAndReveal(offset, length);
					}
					return;
				}
				java.net.URI location = FileLocator.toFileURL(new URL(uri)).toURI();
				IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location);
				IEditorPart editor;
				if (files.length > 0) {
					editor = IDE.openEditor(page, files[0]);
				} else {
					IFileStore store = EFS.getLocalFileSystem().getStore(location);
					editor = IDE.openEditorOnFileStore(page, store);
				}
				if (editor instanceof ITextEditor text) {
					text.selectAndReveal(offset, length);
				}
			} catch (Exception e) {
				ILog.of(AssayHyperlinkDetector.class).error("Assay: cannot open " + uri, e);
			}
		}
	}
}
