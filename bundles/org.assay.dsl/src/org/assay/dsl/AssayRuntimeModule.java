package org.assay.dsl;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.dsl.documentation.AssayDocumentationProvider;
import org.assay.dsl.formatting2.AssayFormatter;
import org.assay.dsl.index.AssayResourceDescriptionStrategy;
import org.assay.dsl.naming.AssayQualifiedNameProvider;
import org.assay.dsl.navigation.AssayEObjectAtOffsetHelper;
import org.assay.dsl.parser.AssayResource;
import org.assay.dsl.parser.AssaySyntaxErrorMessages;
import org.assay.dsl.parser.RobustAssayParser;
import org.assay.dsl.scoping.AssayLinkingDiagnosticMessageProvider;
import org.assay.dsl.scoping.AssayLinkingService;
import org.assay.dsl.scoping.CatalogueAwareGlobalScopeProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Guice bindings of the Assay language runtime: every custom service of the language is bound here.
 */
public class AssayRuntimeModule extends AbstractAssayRuntimeModule {

	@Override
	public Class<? extends IParser> bindIParser() {
		return RobustAssayParser.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return AssayResource.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return AssayValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return AssayQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return CatalogueAwareGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends ILinkingService> bindILinkingService() {
		return AssayLinkingService.class;
	}

	public Class<? extends EObjectAtOffsetHelper> bindEObjectAtOffsetHelper() {
		return AssayEObjectAtOffsetHelper.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return AssaySyntaxErrorMessages.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return AssayLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return AssayResourceDescriptionStrategy.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return AssayDocumentationProvider.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return AssayFormatter.class;
	}

	/**
	 * EMF's structural checks ("The required feature 'pattern' of 'TestCaseImpl@…' must be set") only repeat, in
	 * words no user can act on, what a syntax error already says at the same place; the grammar guarantees the rest.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(false);
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(FormatterPreferenceValuesProvider.class);
	}
}
