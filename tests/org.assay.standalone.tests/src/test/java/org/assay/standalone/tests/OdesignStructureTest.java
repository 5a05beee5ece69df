package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Sirius cannot be obtained here, so the viewpoint ({@code bundles/org.assay.design/description/assay.odesign}) is
 * checked against the metamodel without it: every domain class exists, every feature an expression navigates
 * ({@code feature:x}, {@code aql:self.x->filter(assay::C).y}, {@code eContainer(assay::C)}) exists on the type the
 * navigation has reached, finder expressions reach the class of the mapping they point to, and every mapping referred
 * to exists. What this does not check: that Sirius loads the file, AQL beyond navigation, styles, and rendering.
 */
class OdesignStructureTest {

	private static final Path ODESIGN = GeneratorTest.ROOT.resolve("bundles/org.assay.design/description/assay.odesign");
	private static final Pattern NAVIGATION = Pattern.compile(
			"self((?:\\.[A-Za-z_]\\w*(?:\\(assay::\\w+\\))?|->filter\\(assay::\\w+\\))*)");
	private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_]\\w*)(?:\\(assay::(\\w+)\\))?|->filter\\(assay::(\\w+)\\)");

	@Test
	void viewpointNamesOnlyWhatTheMetamodelHas() throws Exception {
		List<String> problems = check(Files.readString(ODESIGN));
		assertEquals(List.of(), problems);
	}

	@Test
	void theCheckFindsMisspelledFeaturesClassesAndMappings() throws Exception {
		String odesign = Files.readString(ODESIGN);
		assertTrue(check(odesign.replace("targetFinderExpression=\"feature:verifies\"", "targetFinderExpression=\"feature:verify\""))
				.stream().anyMatch(p -> p.contains("VerifiesEdge") && p.contains("verify")));
		assertTrue(check(odesign.replace("domainClass=\"assay::Hazard\"", "domainClass=\"assay::Hazzard\""))
				.stream().anyMatch(p -> p.contains("Hazzard")));
		assertTrue(check(odesign.replace("self.preparations.dataset", "self.preparations.data"))
				.stream().anyMatch(p -> p.contains("PreparesEdge") && p.contains("data")));
		assertTrue(check(odesign.replace("aql:self.eContainer(assay::TestSuite).pipeline", "aql:self.eContainer(assay::TestSuite).name"))
				.stream().anyMatch(p -> p.contains("TestsEdge") && p.contains("Pipeline")), "a finder must reach the target's class");
		assertTrue(check(odesign.replace("@nodeMappings[name='HazardNode']\"", "@nodeMappings[name='HazardNodes']\""))
				.stream().anyMatch(p -> p.contains("HazardNodes")));
	}

	private static List<String> check(String odesign) throws Exception {
		EPackage assay = metamodel();
		Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(odesign.getBytes(StandardCharsets.UTF_8)));
		List<String> problems = new ArrayList<>();
		Map<String, Element> mappings = new HashMap<>();
		for (String tag : List.of("nodeMappings", "edgeMappings", "ownedLineMappings", "ownedColumnMappings", "intersection")) {
			NodeList list = document.getElementsByTagName(tag);
			for (int i = 0; i < list.getLength(); i++) {
				Element mapping = (Element) list.item(i);
				mappings.put(mapping.getAttribute("name"), mapping);
			}
		}
		NodeList metamodels = document.getElementsByTagName("metamodel");
		for (int i = 0; i < metamodels.getLength(); i++) {
			String href = ((Element) metamodels.item(i)).getAttribute("href");
			if (!href.equals(assay.getNsURI() + "#/")) {
				problems.add("metamodel " + href + " is not " + assay.getNsURI());
			}
		}
		NodeList representations = document.getElementsByTagName("ownedRepresentations");
		for (int r = 0; r < representations.getLength(); r++) {
			Element representation = (Element) representations.item(r);
			EClass root = domainClass(assay, representation, problems);
			expression(assay, root, representation.getAttribute("titleExpression"), null, "representation " + representation
					.getAttribute("name"), problems);
		}
		for (Element mapping : mappings.values()) {
			String where = mapping.getTagName() + " " + mapping.getAttribute("name");
			EClass representationClass = (EClass) assay.getEClassifier("AssayModel");
			EClass domain = mapping.hasAttribute("domainClass") ? domainClass(assay, mapping, problems) : null;
			expression(assay, representationClass, mapping.getAttribute("semanticCandidatesExpression"), domain, where, problems);
			for (String label : List.of("labelExpression", "headerLabelExpression", "predicateExpression")) {
				expression(assay, domain, mapping.getAttribute(label), null, where, problems);
			}
			NodeList nested = mapping.getElementsByTagName("*");
			for (int i = 0; i < nested.getLength(); i++) {
				Element child = (Element) nested.item(i);
				for (String label : List.of("labelExpression", "predicateExpression")) {
					expression(assay, domain, child.getAttribute(label), null, where, problems);
				}
			}
			if (mapping.hasAttribute("targetFinderExpression")) {
				Element source = referenced(mapping, "sourceMapping", mappings, problems, where);
				Element target = referenced(mapping, "targetMapping", mappings, problems, where);
				if (source != null && target != null) {
					expression(assay, domainClass(assay, source, problems), mapping.getAttribute("targetFinderExpression"),
							domainClass(assay, target, problems), where, problems);
				}
			}
			if (mapping.hasAttribute("lineFinderExpression")) {
				Element line = referenced(mapping, "lineMapping", mappings, problems, where);
				Element column = referenced(mapping, "columnMapping", mappings, problems, where);
				if (line != null && column != null) {
					expression(assay, domainClass(assay, column, problems), mapping.getAttribute("lineFinderExpression"),
							domainClass(assay, line, problems), where, problems);
				}
			}
		}
		return problems;
	}

	private static Element referenced(Element mapping, String attribute, Map<String, Element> mappings, List<String> problems,
			String where) {
		Matcher name = Pattern.compile("\\[name='(\\w+)'\\]$").matcher(mapping.getAttribute(attribute));
		Element target = name.find() ? mappings.get(name.group(1)) : null;
		if (target == null) {
			problems.add(where + ": " + attribute + " " + mapping.getAttribute(attribute) + " names no mapping");
		}
		return target;
	}

	private static EClass domainClass(EPackage assay, Element element, List<String> problems) {
		String name = element.getAttribute("domainClass").replace("assay::", "");
		EClassifier classifier = assay.getEClassifier(name);
		if (!(classifier instanceof EClass eClass)) {
			problems.add(element.getAttribute("name") + ": domain class assay::" + name + " is not in assay.ecore");
			return null;
		}
		return eClass;
	}

	/** Checks an expression's navigations from {@code context}; with {@code expected}, the result must conform to it. */
	private static void expression(EPackage assay, EClass context, String expression, EClass expected, String where,
			List<String> problems) {
		if (expression == null || expression.isEmpty() || context == null) {
			return;
		}
		if (expression.startsWith("feature:")) {
			EStructuralFeature feature = context.getEStructuralFeature(expression.substring("feature:".length()));
			if (feature == null) {
				problems.add(where + ": " + context.getName() + " has no feature '" + expression.substring(8) + "'");
			} else if (expected != null && !conforms(feature.getEType(), expected)) {
				problems.add(where + ": " + expression + " gives " + feature.getEType().getName() + ", not " + expected.getName());
			}
			return;
		}
		if (!expression.startsWith("aql:")) {
			return; // a constant label
		}
		Matcher classes = Pattern.compile("assay::(\\w+)").matcher(expression);
		while (classes.find()) {
			if (assay.getEClassifier(classes.group(1)) == null) {
				problems.add(where + ": assay::" + classes.group(1) + " is not in assay.ecore");
			}
		}
		Matcher navigation = NAVIGATION.matcher(expression);
		while (navigation.find()) {
			EClassifier type = context;
			Matcher step = STEP.matcher(navigation.group(1));
			while (step.find() && type instanceof EClass current) {
				if (step.group(3) != null) {
					type = assay.getEClassifier(step.group(3));
				} else if (step.group(1).equals("eContainer")) {
					type = step.group(2) == null ? null : assay.getEClassifier(step.group(2));
				} else {
					EStructuralFeature feature = current.getEStructuralFeature(step.group(1));
					if (feature == null) {
						problems.add(where + ": " + current.getName() + " has no feature '" + step.group(1) + "' (in " + expression + ")");
						type = null;
					} else {
						type = feature.getEType();
					}
				}
			}
			if (expected != null && type != null && navigation.start() == expression.indexOf("self") && !conforms(type, expected)) {
				problems.add(where + ": " + expression + " gives " + type.getName() + ", not " + expected.getName());
			}
		}
	}

	private static boolean conforms(EClassifier type, EClass expected) {
		return type == expected || type instanceof EClass eClass && (eClass.getEAllSuperTypes().contains(expected)
				|| expected.getEAllSuperTypes().contains(eClass)); // a filter narrows a supertype
	}

	private static EPackage metamodel() {
		ResourceSetImpl set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource resource = set.getResource(URI.createFileURI(GeneratorTest.ROOT.resolve("bundles/org.assay.model/model/assay.ecore")
				.toString()), true);
		return (EPackage) resource.getContents().get(0);
	}
}
