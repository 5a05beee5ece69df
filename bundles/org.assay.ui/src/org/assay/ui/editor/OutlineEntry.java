package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.AssayModel;
import org.assay.ui.AssayUi;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * One element of the outline: the language's document symbol (as the language server gives it to VS Code), its kind
 * (the model element's type, for the icon) and its short name — the name as written in the file, not the qualified one.
 */
public record OutlineEntry(DocumentSymbol symbol, String kind, String name, List<OutlineEntry> children) {

	/** The kind of a model file's root (shown by its namespace). */
	public static final String MODEL = "AssayModel";

	/** The outline of a linked resource: its document symbols with their kinds (call under the resource's lock). */
	public static List<OutlineEntry> of(XtextResource resource) {
		List<DocumentSymbol> symbols = AssayUi.injector().getInstance(HierarchicalDocumentSymbolService.class)
				.getSymbols(resource, CancelIndicator.NullImpl);
		IQualifiedNameProvider names = AssayUi.injector().getInstance(IQualifiedNameProvider.class);
		IQualifiedNameConverter converter = AssayUi.injector().getInstance(IQualifiedNameConverter.class);
		Map<String, EObject> elements = new HashMap<>();
		resource.getAllContents().forEachRemaining(object -> {
			QualifiedName name = names.getFullyQualifiedName(object);
			if (name != null) {
				elements.putIfAbsent(converter.toString(name), object);
			}
		});
		return entries(symbols, elements);
	}

	private static List<OutlineEntry> entries(List<DocumentSymbol> symbols, Map<String, EObject> elements) {
		List<OutlineEntry> entries = new ArrayList<>();
		if (symbols == null) {
			return entries;
		}
		for (DocumentSymbol symbol : symbols) {
			EObject element = elements.get(symbol.getName());
			String kind = element == null ? "" : element.eClass().getName();
			String name = element instanceof AssayModel || symbol.getName().indexOf('.') < 0 ? symbol.getName()
					: symbol.getName().substring(symbol.getName().lastIndexOf('.') + 1);
			entries.add(new OutlineEntry(symbol, kind, name, entries(symbol.getChildren(), elements)));
		}
		return entries;
	}
}
