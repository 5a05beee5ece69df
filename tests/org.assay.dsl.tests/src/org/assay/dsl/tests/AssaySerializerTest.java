package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assay.catalogue.StandardCatalogue;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The serializer round-trips every shared test model and every catalogue: a model copied without its text is
 * serialized (formatted), parsed again, and the result equals the original; formatting that text again changes
 * nothing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssaySerializerTest {

	@Inject
	private AssayTestSupport support;

	@Inject
	private ISerializer serializer;

	static Stream<String> models() throws IOException {
		Stream<String> shared;
		try (Stream<Path> files = Files.walk(TestModels.root())) {
			shared = files.filter(p -> p.toString().endsWith(".assay")).map(Path::toString).sorted().toList().stream();
		}
		return Stream.concat(shared, StandardCatalogue.all().stream().map(StandardCatalogue::uri));
	}

	private XtextResource load(XtextResourceSet set, String location) throws IOException {
		StandardCatalogue catalogue = StandardCatalogue.forUri(location);
		if (catalogue != null) {
			return support.load(set, "memory:/" + catalogue.fileName(), new String(catalogue.open().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8));
		}
		return (XtextResource) set.getResource(URI.createFileURI(location), true);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void roundTrip(String location) throws IOException {
		XtextResourceSet set = support.newResourceSet();
		XtextResource original = load(set, location);
		EcoreUtil.resolveAll(set);
		EObject root = original.getContents().get(0);

		XtextResource copyResource = (XtextResource) set.createResource(URI.createURI("memory:/copy.assay"));
		set.getResources().remove(original);
		EObject copy = EcoreUtil.copy(root);
		copyResource.getContents().add(copy);
		String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());

		XtextResourceSet fresh = support.newResourceSet();
		XtextResource reparsed = support.load(fresh, StandardCatalogue.forUri(location) != null ? "memory:/x.assay"
				: URI.createFileURI(location).toString(), text);
		List<Issue> errors = AssayTestSupport.errors(support.validate(reparsed)).stream()
				.filter(i -> i.getCode() != null && (i.getCode().contains("Syntax") || i.getCode().contains("Linking"))).toList();
		assertTrue(errors.isEmpty(), () -> AssayTestSupport.describe(errors) + "\n" + text);
		assertTrue(new EcoreUtil.EqualityHelper().equals(root, reparsed.getContents().get(0)),
				() -> "reparsed model differs from the original:\n" + text);

		String again = serializer.serialize(reparsed.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
		assertEquals(text, again, "formatting is idempotent");
	}
}
