package org.assay.dsl.reqif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assay.dsl.reqif.ReqifDocument.Kind;
import org.assay.dsl.reqif.ReqifDocument.Relation;
import org.assay.dsl.reqif.ReqifDocument.SpecObject;
import org.assay.dsl.reqif.ReqifDocument.Value;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a ReqIF 1.2 file (OMG ReqIF 1.2, namespace {@value #NAMESPACE}) as DOORS, Polarion, Capella and ReqIF Studio
 * write it: the REQ-IF-HEADER's title, DATATYPES (enumerations with their ENUM-VALUEs), SPEC-TYPES with their
 * ATTRIBUTE-DEFINITION-STRING/XHTML/ENUMERATION/INTEGER/REAL/BOOLEAN/DATE, SPEC-OBJECTS with their VALUES,
 * SPEC-RELATIONS, and SPECIFICATIONS with nested SPEC-HIERARCHY. Elements are matched by local name in the ReqIF
 * namespace (or none, for files that omit it); TOOL-EXTENSIONS and anything else unknown are ignored. Parsing is
 * secure: see {@link LocatedXml}.
 */
public final class ReqifReader {

	/** The ReqIF 1.2 namespace (its schema's URI; the "20110401" is the schema's date, not a version). */
	public static final String NAMESPACE = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";

	private record Definition(String name, Kind kind) {
	}

	private final Path file;
	private final Map<String, String> enumValues = new HashMap<>();
	private final Map<String, Definition> definitions = new HashMap<>();
	private final Map<String, String> typeNames = new HashMap<>();
	private final List<String> warnings = new ArrayList<>();

	private ReqifReader(Path file) {
		this.file = file;
	}

	/** Reads the file; refuses one that is not XML, declares a DOCTYPE, or is not ReqIF, saying where and why. */
	public static ReqifDocument read(Path file) throws ReqifException, IOException {
		return new ReqifReader(file).document(LocatedXml.read(file));
	}

	private ReqifDocument document(Document document) throws ReqifException {
		Element root = document.getDocumentElement();
		if (root == null || !"REQ-IF".equals(local(root)) || !inReqif(root)) {
			throw new ReqifException(file + ":" + (root == null ? 1 : LocatedXml.line(root)) + ": not a ReqIF file: the root "
					+ "element is <" + (root == null ? "" : root.getTagName()) + ">, expected <REQ-IF> in the namespace "
					+ NAMESPACE + ". Export the requirements as ReqIF 1.2 (.reqif or .reqifz).");
		}
		String title = first(root, "THE-HEADER").flatMap(h -> first(h, "REQ-IF-HEADER")).map(h -> h.getAttribute("TITLE"))
				.filter(t -> !t.isEmpty()).orElse(null);
		Element content = first(root, "CORE-CONTENT").flatMap(c -> first(c, "REQ-IF-CONTENT"))
				.orElseThrow(() -> new ReqifException(file + ":" + LocatedXml.line(root) + ": the ReqIF file has no "
						+ "CORE-CONTENT/REQ-IF-CONTENT, so it holds no requirements. Export the module again with its content."));
		first(content, "DATATYPES").ifPresent(this::datatypes);
		first(content, "SPEC-TYPES").ifPresent(this::specTypes);
		Map<String, SpecObject> objects = new LinkedHashMap<>();
		for (Element object : children(first(content, "SPEC-OBJECTS"), "SPEC-OBJECT")) {
			SpecObject read = specObject(object);
			if (read != null) {
				objects.put(read.identifier(), read);
			}
		}
		List<SpecObject> ordered = new ArrayList<>();
		Map<String, SpecObject> placed = new LinkedHashMap<>();
		for (Element specification : children(first(content, "SPECIFICATIONS"), "SPECIFICATION")) {
			hierarchy(specification, 1, null, objects, placed);
		}
		ordered.addAll(placed.values());
		objects.values().stream().filter(o -> !placed.containsKey(o.identifier())).forEach(ordered::add);
		List<Relation> relations = new ArrayList<>();
		for (Element relation : children(first(content, "SPEC-RELATIONS"), "SPEC-RELATION")) {
			String source = ref(relation, "SOURCE");
			String target = ref(relation, "TARGET");
			if (source == null || target == null) {
				warn(relation, "a spec relation without a source or target is skipped");
				continue;
			}
			relations.add(new Relation(relation.getAttribute("IDENTIFIER"), typeName(ref(relation, "TYPE")), source, target));
		}
		return new ReqifDocument(title, ordered, relations, warnings);
	}

	private void datatypes(Element datatypes) {
		for (Element type : children(java.util.Optional.of(datatypes), "DATATYPE-DEFINITION-ENUMERATION")) {
			for (Element value : children(first(type, "SPECIFIED-VALUES"), "ENUM-VALUE")) {
				String name = value.getAttribute("LONG-NAME");
				if (name.isEmpty()) {
					// no LONG-NAME: the embedded value's OTHER-CONTENT names it (some tools write only that)
					name = first(value, "PROPERTIES").flatMap(p -> first(p, "EMBEDDED-VALUE"))
							.map(e -> e.getAttribute("OTHER-CONTENT")).filter(s -> !s.isEmpty()).orElse(value.getAttribute("IDENTIFIER"));
				}
				enumValues.put(value.getAttribute("IDENTIFIER"), name);
			}
		}
	}

	private void specTypes(Element specTypes) {
		for (Element type : elements(specTypes)) {
			String identifier = type.getAttribute("IDENTIFIER");
			String name = type.getAttribute("LONG-NAME");
			typeNames.put(identifier, name.isEmpty() ? identifier : name);
			for (Element definition : children(first(type, "SPEC-ATTRIBUTES"), null)) {
				String tag = local(definition);
				if (!tag.startsWith("ATTRIBUTE-DEFINITION-")) {
					continue;
				}
				Kind kind;
				try {
					kind = Kind.valueOf(tag.substring("ATTRIBUTE-DEFINITION-".length()));
				} catch (IllegalArgumentException e) {
					warn(definition, "unknown attribute definition <" + tag + "> is skipped");
					continue;
				}
				String longName = definition.getAttribute("LONG-NAME");
				String id = definition.getAttribute("IDENTIFIER");
				definitions.put(id, new Definition(longName.isEmpty() ? id : longName, kind));
			}
		}
	}

	private SpecObject specObject(Element object) {
		String identifier = object.getAttribute("IDENTIFIER");
		if (identifier.isEmpty()) {
			warn(object, "a spec object without an IDENTIFIER is skipped");
			return null;
		}
		List<Value> values = new ArrayList<>();
		for (Element value : children(first(object, "VALUES"), null)) {
			String tag = local(value);
			if (!tag.startsWith("ATTRIBUTE-VALUE-")) {
				continue;
			}
			String definitionId = ref(value, "DEFINITION");
			Definition definition = definitionId == null ? null : definitions.get(definitionId);
			if (definition == null) {
				warn(value, "a value of spec object '" + identifier + "' refers to the undefined attribute definition '"
						+ definitionId + "' and is skipped");
				continue;
			}
			values.add(new Value(definition.name(), definition.kind(), text(value, definition.kind())));
		}
		return new SpecObject(identifier, typeName(ref(object, "TYPE")), object.getAttribute("LAST-CHANGE"), values, 0, null);
	}

	private String text(Element value, Kind kind) {
		return switch (kind) {
		case XHTML -> first(value, "THE-VALUE").map(XhtmlText::of).orElse("");
		case ENUMERATION -> children(first(value, "VALUES"), "ENUM-VALUE-REF").stream().map(r -> r.getTextContent().trim())
				.map(id -> enumValues.getOrDefault(id, id)).collect(Collectors.joining(", "));
		default -> value.getAttribute("THE-VALUE");
		};
	}

	private void hierarchy(Element parent, int depth, String parentObject, Map<String, SpecObject> objects,
			Map<String, SpecObject> placed) {
		for (Element node : children(first(parent, "CHILDREN"), "SPEC-HIERARCHY")) {
			String id = ref(node, "OBJECT");
			SpecObject object = id == null ? null : objects.get(id);
			if (object == null) {
				warn(node, "a hierarchy entry refers to the undefined spec object '" + id + "' and is skipped");
			} else if (!placed.containsKey(id)) {
				placed.put(id, new SpecObject(object.identifier(), object.type(), object.lastChange(), object.values(), depth,
						parentObject));
			}
			hierarchy(node, depth + 1, object == null ? parentObject : id, objects, placed);
		}
	}

	private String typeName(String identifier) {
		return identifier == null ? null : typeNames.getOrDefault(identifier, identifier);
	}

	private void warn(Element where, String what) {
		warnings.add(file + ":" + LocatedXml.line(where) + ": " + what);
	}

	/** The text of the first *-REF element inside the child {@code holder} (DEFINITION, TYPE, OBJECT, SOURCE…). */
	private static String ref(Element element, String holder) {
		return first(element, holder).flatMap(h -> elements(h).stream().findFirst()).map(r -> r.getTextContent().trim())
				.filter(s -> !s.isEmpty()).orElse(null);
	}

	private static boolean inReqif(Element element) {
		String namespace = element.getNamespaceURI();
		return namespace == null || NAMESPACE.equals(namespace);
	}

	static String local(Node node) {
		String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
		int colon = name.indexOf(':');
		return colon < 0 ? name : name.substring(colon + 1);
	}

	private static java.util.Optional<Element> first(Element parent, String name) {
		return elements(parent).stream().filter(e -> name.equals(local(e)) && inReqif(e)).findFirst();
	}

	private static List<Element> children(java.util.Optional<Element> parent, String name) {
		return parent.map(p -> elements(p).stream().filter(e -> (name == null || name.equals(local(e))) && inReqif(e)).toList())
				.orElse(List.of());
	}

	private static List<Element> elements(Element parent) {
		List<Element> elements = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				elements.add(element);
			}
		}
		return elements;
	}
}
