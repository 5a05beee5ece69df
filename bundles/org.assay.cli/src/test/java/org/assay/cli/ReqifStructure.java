package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The structural rules of the ReqIF 1.2 schema (OMG's reqif.xsd) that a writer can get wrong, checked on a DOM: the
 * schema itself is not shipped here (its XHTML part needs the modular XHTML schemas), see docs/reqif.md. Element order
 * where the schema has a sequence, required attributes (IDENTIFIER, LAST-CHANGE as xsd:dateTime, MAX-LENGTH,
 * MULTI-VALUED, EMBEDDED-VALUE's KEY and OTHER-CONTENT), identifiers unique NCNames, every local reference resolved to
 * an element of the referenced kind, and XHTML values in the XHTML namespace.
 */
final class ReqifStructure {

	static final String REQIF = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";
	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private ReqifStructure() {
	}

	static void check(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertEquals(REQIF, root.getNamespaceURI());
		assertEquals("REQ-IF", root.getLocalName());
		assertEquals(List.of("THE-HEADER", "CORE-CONTENT"), names(children(root)));
		Element header = children(children(root).get(0)).get(0);
		assertEquals("REQ-IF-HEADER", header.getLocalName());
		assertInOrder(names(children(header)), List.of("COMMENT", "CREATION-TIME", "REPOSITORY-ID", "REQ-IF-TOOL-ID",
				"REQ-IF-VERSION", "SOURCE-TOOL-ID", "TITLE"), Set.of("CREATION-TIME", "REQ-IF-TOOL-ID", "REQ-IF-VERSION",
						"SOURCE-TOOL-ID", "TITLE"));
		for (Element child : children(header)) {
			if (child.getLocalName().equals("REQ-IF-VERSION")) {
				assertEquals("1.0", child.getTextContent());
			} else if (child.getLocalName().equals("CREATION-TIME")) {
				OffsetDateTime.parse(child.getTextContent());
			}
		}
		Element content = children(children(root).get(1)).get(0);
		assertEquals("REQ-IF-CONTENT", content.getLocalName());
		assertInOrder(names(children(content)), List.of("DATATYPES", "SPEC-TYPES", "SPEC-OBJECTS", "SPEC-RELATIONS",
				"SPECIFICATIONS", "SPEC-RELATION-GROUPS"), Set.of());

		Map<String, String> kinds = new HashMap<>();
		List<Element> all = descendants(root);
		for (Element element : all) {
			assertEquals(element.getLocalName().equals("div") || element.getLocalName().equals("p")
					|| element.getLocalName().equals("br") ? XHTML : REQIF, element.getNamespaceURI(), element.getTagName());
			if (element.hasAttribute("IDENTIFIER")) {
				String id = element.getAttribute("IDENTIFIER");
				assertTrue(id.matches("[A-Za-z_][A-Za-z0-9._-]*"), "an NCName: " + id);
				assertNull(kinds.put(id, element.getLocalName()), "unique: " + id);
				if (!element.getLocalName().equals("REQ-IF-HEADER")) {
					OffsetDateTime.parse(element.getAttribute("LAST-CHANGE"));
				}
			}
		}
		Set<String> referenced = new HashSet<>();
		for (Element element : all) {
			String name = element.getLocalName();
			if (name.endsWith("-REF")) {
				String target = element.getTextContent();
				assertEquals(name.substring(0, name.length() - 4), kinds.get(target), name + " " + target + " resolves");
				referenced.add(target);
			}
			switch (name) {
			case "DATATYPE-DEFINITION-STRING" -> assertTrue(element.getAttribute("MAX-LENGTH").matches("\\d+"));
			case "ATTRIBUTE-DEFINITION-ENUMERATION" -> assertTrue(element.getAttribute("MULTI-VALUED").matches("true|false"));
			case "EMBEDDED-VALUE" -> assertTrue(element.getAttribute("KEY").matches("-?\\d+") && element.hasAttribute("OTHER-CONTENT"));
			case "ENUM-VALUE" -> assertEquals(List.of("PROPERTIES"), names(children(element)));
			case "ATTRIBUTE-VALUE-STRING" -> assertTrue(element.hasAttribute("THE-VALUE"));
			case "THE-VALUE" -> {
				List<Element> blocks = children(element);
				assertEquals(1, blocks.size());
				assertEquals(XHTML, blocks.get(0).getNamespaceURI());
			}
			case "SPEC-OBJECT", "SPEC-RELATION", "SPECIFICATION", "SPEC-HIERARCHY" ->
				assertTrue(names(children(element)).contains(name.equals("SPEC-HIERARCHY") ? "OBJECT" : "TYPE"), name);
			default -> {
			}
			}
		}
		for (Map.Entry<String, String> kind : kinds.entrySet()) {
			if (kind.getValue().equals("SPEC-OBJECT")) {
				assertTrue(referenced.contains(kind.getKey()), "every spec object is in a specification: " + kind.getKey());
			}
		}
	}

	private static void assertInOrder(List<String> actual, List<String> order, Set<String> required) {
		int last = -1;
		for (String name : actual) {
			int index = order.indexOf(name);
			assertTrue(index > last, name + " in schema order " + order + ": " + actual);
			last = index;
		}
		assertTrue(actual.containsAll(required), "required " + required + ": " + actual);
	}

	private static List<String> names(List<Element> elements) {
		return elements.stream().map(Element::getLocalName).toList();
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	private static List<Element> descendants(Element root) {
		List<Element> all = new ArrayList<>();
		NodeList nodes = root.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			all.add((Element) node);
		}
		all.add(0, root);
		return all;
	}
}
